--TEST--
Automatic platform certificates, re-entry: certsFile is read and written through PHP's streams, so a stream wrapper of the app runs inside the client's decision to fetch; when its code waits on another call that needs the certificates, that call fetches them (the outer one is not fetching yet; the inner's open of the same lock file is PHP's "infinite recursion prevented", so it goes on without the lock), and the outer call, reading the file the inner one wrote, then finds them held: one fetch, both verified; the wrapper sees the file written through a temporary name renamed over it
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
final class MemoryFiles
{
    public static array $files = [];
    public static ?Closure $onOpen = null;
    public $context;
    private string $path = '';
    private int $at = 0;
    private bool $writing = false;

    public function stream_open(string $path, string $mode): bool
    {
        echo "  open $mode ", preg_replace('~\.tmp\d+$~', '.tmpPID', $path), "\n";
        if (self::$onOpen !== null) {
            $hook = self::$onOpen;
            self::$onOpen = null;
            $hook();
        }
        $this->path = $path;
        $this->writing = $mode[0] === 'w';
        if ($this->writing) {
            self::$files[$path] = '';
        }
        return $this->writing || isset(self::$files[$path]);
    }
    public function stream_read(int $n): string { $s = substr(self::$files[$this->path], $this->at, $n); $this->at += strlen($s); return $s; }
    public function stream_write(string $data): int { self::$files[$this->path] .= $data; return strlen($data); }
    public function stream_eof(): bool { return $this->at >= strlen(self::$files[$this->path]); }
    public function stream_stat(): array { return ['mode' => 0100644, 'size' => strlen(self::$files[$this->path])]; }
    public function url_stat(string $path, int $flags): array|false { return isset(self::$files[$path]) ? ['size' => strlen(self::$files[$path])] : false; }
    public function rename(string $from, string $to): bool { echo "  rename to $to\n"; self::$files[$to] = self::$files[$from]; unset(self::$files[$from]); return true; }
    public function unlink(string $path): bool { unset(self::$files[$path]); return true; }
}
stream_wrapper_register('mem', MemoryFiles::class);
$emu = wxp_emulator_start(['workers' => 3]);
$k = $emu['keys'];
WeChatPay\Builder::factory(wxp_config($emu))->v3->emulator->echo->get(); // the PSR-7 bridge is made: not this test's matter
$api = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => $k['apiv3_key'], 'certsFile' => 'mem://certs.json']));
$inner = $api->chain('v3/emulator/echo/{n}')->getAsync(['n' => 'inner']);
MemoryFiles::$onOpen = static function () use ($inner) {
    echo "  the wrapper waits on the other call\n";
    $status = $inner->wait()->getStatusCode();
    echo "  inner: $status\n";
};
echo "outer call:\n";
$status = $api->v3->emulator->echo->get()->getStatusCode();
echo "outer: $status\n";
echo 'fetches: ', count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates')), "\n";
echo 'file: ', implode(',', array_keys(json_decode(MemoryFiles::$files['mem://certs.json'], true)['certificates'])) === $k['platform_serial'] ? 'the platform certificate' : '?', "\n";
?>
--EXPECT--
outer call:
  open c mem://certs.json.lock
  the wrapper waits on the other call
  open rbn mem://certs.json
  open wb mem://certs.json.tmpPID
  rename to mem://certs.json
  inner: 200
  open rbn mem://certs.json
outer: 200
fetches: 1
file: the platform certificate
