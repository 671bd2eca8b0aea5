--TEST--
Notification::handle(): a GuzzleHttp\Psr7\ServerRequest, read through its PSR-7 methods (headers, body stream), or with the raw body given beside it
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Psr7/autoload.php')) die('skip php-guzzlehttp-psr7 not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
require '/usr/share/php/GuzzleHttp/Psr7/autoload.php';
use GuzzleHttp\Psr7\ServerRequest;
use GuzzleHttp\Psr7\Utils;

$emu = wxp_emulator_start();
$client = wxp_notification_client($emu);
$cb = wxp_callback($emu, 'good');
$request = new ServerRequest('POST', 'https://merchant.example/notify', $cb['headers'], $cb['body']);
var_dump(WeChatPay\Notification::handle($client, $request) === $cb['expected']);
// the stream was read already (a framework that parsed the body): its string form rewinds
$request->getBody()->getContents();
var_dump(WeChatPay\Notification::handle($client, $request) === $cb['expected']);

// a stream that cannot rewind, read already: the raw body given beside the request is used instead
$stream = Utils::streamFor(fopen('php://temp', 'w+'));
$stream->write($cb['body']);
$once = new GuzzleHttp\Psr7\NoSeekStream($stream);
$consumed = $request->withBody($once);
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, $consumed));
var_dump(WeChatPay\Notification::handle($client, $consumed, $cb['body']) === $cb['expected']);

// a request whose headers were changed on the way: refused
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, $request->withoutHeader('wechatpay-nonce')));
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, $request->withAddedHeader('Wechatpay-Serial', 'ANOTHER')));
$pubkey = wxp_callback($emu, 'pubkey');
var_dump(WeChatPay\Notification::handle($client, new ServerRequest('POST', '/notify', $pubkey['headers'], $pubkey['body'])) === $pubkey['expected']);
// each refusal the same as with arrays
$tampered = wxp_callback($emu, 'tampered');
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, new ServerRequest('POST', '/notify', $tampered['headers'], $tampered['body'])));
$badTag = wxp_callback($emu, 'bad_tag');
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, new ServerRequest('POST', '/notify', $badTag['headers'], $badTag['body'])));
// a plain Request (no ServerRequestInterface) is not taken
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, new GuzzleHttp\Psr7\Request('POST', '/notify', $cb['headers'], $cb['body'])));
?>
--EXPECTF--
bool(true)
bool(true)
WeChatPay\Exception\NotificationException(5): Notification refused: its Wechatpay-Signature does not verify with the key of %s over the timestamp, nonce and body (a tampered body, or not from WeChat Pay)
bool(true)
WeChatPay\Exception\NotificationException(1): Notification refused: the Wechatpay-Nonce header is missing (a WeChat Pay notification carries Wechatpay-Timestamp, Wechatpay-Nonce, Wechatpay-Signature and Wechatpay-Serial)
WeChatPay\Exception\NotificationException(3): Notification refused: its Wechatpay-Serial (%s, ANOTHER) names no platform certificate or public key of the client's certs (it has: %s)
bool(true)
WeChatPay\Exception\NotificationException(5): Notification refused: its Wechatpay-Signature does not verify with the key of %s over the timestamp, nonce and body (a tampered body, or not from WeChat Pay)
WeChatPay\Exception\NotificationException(7): Notification refused: its resource does not decrypt with the configured apiv3Key (the GCM tag does not verify: another key, or a tampered ciphertext, nonce or associated_data)
TypeError(0): WeChatPay\Notification::handle(): Argument #2 ($headers) must be of type Psr\Http\Message\ServerRequestInterface|array, GuzzleHttp\Psr7\Request given
