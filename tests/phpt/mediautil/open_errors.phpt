--TEST--
MediaUtil: a file that cannot be opened is a RuntimeException worded as the package's (Guzzle's); the stream argument must be a StreamInterface
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Util\MediaUtil;

require_once __DIR__ . '/media.inc';

set_error_handler(static function (int $no, string $message): bool {
    echo "handler saw: $message\n";
    return true;
});
foreach (['/nonexistent/logo.png', "file:///nonexistent/logo.png", "bad\0path.png"] as $path) {
    try {
        new MediaUtil($path);
        echo "no exception\n";
    } catch (RuntimeException $e) {
        echo get_class($e), ': ', str_replace("\0", '\0', $e->getMessage()), ($e->getPrevious() ? ' (previous: ' . get_class($e->getPrevious()) . ')' : ''), "\n";
    }
}
try {
    new MediaUtil('a.png', new stdClass());
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
// Before its constructor ran, a MediaUtil says so.
$blank = (new ReflectionClass(MediaUtil::class))->newInstanceWithoutConstructor();
try {
    $blank->getMeta();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
// A subclass may construct itself later, or again.
class Photo extends MediaUtil
{
    public function __construct(string $path)
    {
        parent::__construct($path);
    }
}
$path = media_temp_file('photo.png', 'png');
$photo = new Photo($path);
var_dump(get_class($photo->getStream()), json_decode($photo->getMeta(), true)['sha256'] === hash('sha256', 'png'));
?>
--EXPECT--
RuntimeException: Unable to open "/nonexistent/logo.png" using mode "rb": fopen(/nonexistent/logo.png): Failed to open stream: No such file or directory
RuntimeException: Unable to open "file:///nonexistent/logo.png" using mode "rb": fopen(file:///nonexistent/logo.png): Failed to open stream: No such file or directory
RuntimeException: Unable to open "bad\0path.png" using mode "rb": fopen(): Argument #1 ($filename) must not contain any null bytes (previous: ValueError)
WeChatPay\Util\MediaUtil::__construct(): Argument #2 ($fileStream) must be of type ?Psr\Http\Message\StreamInterface, stdClass given
WeChatPay\Util\MediaUtil object is not initialized: its constructor was not called
string(26) "WeChatPay\Util\MediaStream"
bool(true)
