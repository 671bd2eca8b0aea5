--TEST--
PSR-7 response: withStatus() takes 100..599 as int or integer string, defaults the reason, refuses the rest
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();

function show(Psr\Http\Message\ResponseInterface $x): void
{
    echo $x->getStatusCode(), ' "', $x->getReasonPhrase(), "\"\n";
}
show($r->withStatus(404));
show($r->withStatus('201'));
show($r->withStatus(503, 'Down for maintenance'));
show($r->withStatus(100));
show($r->withStatus(599));               // no standard phrase
show($r->withStatus(299, ''));
show($r->withStatus(422));
show($r->withStatus(200, "Fine\tthanks"));

foreach ([99, 600, -1, '2e2', '20x', '', 201.0, null, true, [], new stdClass] as $code) {
    try {
        $r->withStatus($code);
        echo "accepted\n";
    } catch (InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach (["Bad\r\nX-Injected: 1", "nul\0", [], new stdClass] as $reason) {
    try {
        $r->withStatus(200, $reason);
        echo "accepted\n";
    } catch (InvalidArgumentException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump($r->getStatusCode(), $r->getReasonPhrase());
?>
--EXPECT--
404 "Not Found"
201 "Created"
503 "Down for maintenance"
100 "Continue"
599 ""
299 ""
422 "Unprocessable Content"
200 "Fine	thanks"
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #1 ($code) must be an integer between 100 and 599
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #2 ($reasonPhrase) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #2 ($reasonPhrase) must not contain CR, LF, NUL or any control character other than HTAB
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #2 ($reasonPhrase) must be of type string, array given
WeChatPay\Exception\InvalidArgumentException: WeChatPay\Http\AbstractResponse::withStatus(): Argument #2 ($reasonPhrase) must be of type string, stdClass given
int(200)
string(2) "OK"
