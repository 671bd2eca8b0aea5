--TEST--
Options: a PSR-7 'body' stream whose string form comes back cut short (its socket timed out, or shorter than the size it reports) is refused with nothing sent, instead of signing and sending the part that was read
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Psr7/autoload.php')) die('skip php-guzzlehttp-psr7 not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/Psr7/autoload.php';
$emu = wxp_emulator_start();
$api = WeChatPay\Builder::factory(wxp_config($emu));

[$reader, $writer] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
fwrite($writer, '{"partial":');
stream_set_timeout($reader, 0, 300000); // Guzzle's __toString() reads until this read timeout
$stalled = GuzzleHttp\Psr7\Utils::streamFor($reader);
try {
    $api->chain('v3/emulator/echo')->postAsync(['body' => $stalled])->wait();
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}

final class Liar extends GuzzleHttp\Psr7\Stream
{
    public function getSize(): ?int { return 100; }
}
$file = fopen('php://temp', 'w+');
fwrite($file, '{"short":true}');
try {
    $api->chain('v3/emulator/echo')->post(['body' => new Liar($file)]);
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
// A whole Guzzle stream goes through.
echo json_decode((string) $api->chain('v3/emulator/echo')->post(['body' => GuzzleHttp\Psr7\Utils::streamFor('{"whole":1}')])->getBody(), true)['body'], "\n";
?>
--EXPECT--
Option 'body' is a stream that could not be read whole: its stream timed out (11 bytes read); nothing was sent
Option 'body' is a stream that could not be read whole: its string form is not as long as the size it reports (14 bytes read); nothing was sent
int(0)
{"whole":1}
