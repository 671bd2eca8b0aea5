--TEST--
Options: 'body' as a Stringable object (e.g. a PSR-7 stream) is sent as its string form, signed over those bytes
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));

final class MetaBody implements Stringable
{
    public int $calls = 0;
    public function __toString(): string
    {
        $this->calls++;
        return '{"filename":"a.jpg","sha256":"' . hash('sha256', 'x') . '"}';
    }
}
$body = new MetaBody();
$response = $client->chain('v3/emulator/echo')->post(['body' => $body]);
var_dump($response->getStatusCode());

$log = wxp_emulator_requests($emu);
var_dump(base64_decode($log[0]['body_base64']) === (string) new MetaBody());
var_dump($log[0]['auth']);

// An object that is not Stringable is refused, and not sent.
wxp_emulator_clear($emu);
try {
    $client->chain('v3/emulator/echo')->post(['body' => new stdClass()]);
    echo "sent\n";
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
int(200)
bool(true)
bool(true)
WeChatPay\Exception\InvalidArgumentException: Option 'body' must be a string, a Stringable stream object or a stream resource, stdClass given
int(0)
