/* wxp_process_id(): getpid()'s answer, in the parent and in a fork()'s child (and a grandchild), where a
 * value cached before the fork would be the parent's. */
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "unit.h"
#include "wxp_process.h"

/* Forks; the child exits 0 when wxp_process_id() is its own id (depth more forks below it checked too). */
static int child_sees_itself(int depth)
{
    pid_t child = fork();
    int status = 0;

    if (child < 0) {
        return 0;
    }
    if (child == 0) {
        int ok = wxp_process_id() == getpid() && wxp_process_id() != getppid();

        if (ok && depth > 1) {
            ok = child_sees_itself(depth - 1);
        }
        _exit(ok ? 0 : 1);
    }
    return waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int main(void)
{
    CHECK(wxp_process_id() == getpid());
    CHECK(child_sees_itself(1));
    CHECK(child_sees_itself(2));
    CHECK(wxp_process_id() == getpid()); /* the parent's unchanged */
    return UNIT_DONE();
}
