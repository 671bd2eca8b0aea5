--TEST--
Notification: refused arguments and clients without the key (no apiv3Key, no secret, no body with an array, wrong types)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/notification.inc';
$emu = wxp_emulator_start();
$cb = wxp_callback($emu, 'good');
$v2 = wxp_callback($emu, 'v2_refund');
$client = wxp_notification_client($emu);
$bare = WeChatPay\Builder::factory(wxp_config($emu));

wxp_show_refusal(fn() => WeChatPay\Notification::handle($bare, $cb['headers'], $cb['body']));
wxp_show_refusal(fn() => WeChatPay\Notification::handleV2($bare, $v2['body']));
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, $cb['headers']));
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, $cb['headers'], null));
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, 'headers', $cb['body']));
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, new ArrayObject($cb['headers']), $cb['body']));
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, ['Wechatpay-Nonce' => 12] + $cb['headers'], $cb['body']));
wxp_show_refusal(fn() => WeChatPay\Notification::handle($client, ['Wechatpay-Nonce' => ['a', null]] + $cb['headers'], $cb['body']));
wxp_show_refusal(fn() => WeChatPay\Notification::handle(new stdClass(), $cb['headers'], $cb['body']));
wxp_show_refusal(fn() => WeChatPay\Notification::handleV2($client));
// a BuilderChainable of the app's own: no client, no keys
$own = new class implements WeChatPay\BuilderChainable {
    public function offsetGet($k): WeChatPay\BuilderChainable { return $this; }
    public function offsetExists($k): bool { return false; }
    public function offsetSet($k, $v): void {}
    public function offsetUnset($k): void {}
    public function chain($segment): WeChatPay\BuilderChainable { return $this; }
    public function getDriver(): WeChatPay\ClientDecoratorInterface { throw new LogicException(); }
    public function get(array $options = []): mixed { return null; }
    public function put(array $options = []): mixed { return null; }
    public function post(array $options = []): mixed { return null; }
    public function patch(array $options = []): mixed { return null; }
    public function delete(array $options = []): mixed { return null; }
    public function getAsync(array $options = []): mixed { return null; }
    public function putAsync(array $options = []): mixed { return null; }
    public function postAsync(array $options = []): mixed { return null; }
    public function patchAsync(array $options = []): mixed { return null; }
    public function deleteAsync(array $options = []): mixed { return null; }
};
wxp_show_refusal(fn() => WeChatPay\Notification::handleV2($own, '<xml/>'));
wxp_show_refusal(fn() => WeChatPay\Notification::handle($own, [], ''));
// the class is a holder of static methods
var_dump((new ReflectionClass(WeChatPay\Notification::class))->isFinal());
echo (string) (new ReflectionMethod(WeChatPay\Notification::class, 'handle')), "\n";
?>
--EXPECTF--
WeChatPay\Exception\InvalidArgumentException(0): WeChatPay\Notification::handle() needs the client's APIv3 key: give Builder::factory() the config 'apiv3Key' (32 bytes)
WeChatPay\Exception\InvalidArgumentException(0): WeChatPay\Notification::handleV2() needs the client's APIv2 key: give Builder::factory() the config 'secret'
WeChatPay\Exception\InvalidArgumentException(0): WeChatPay\Notification::handle(): with an array of headers, the raw body is required (e.g. file_get_contents('php://input'))
WeChatPay\Exception\InvalidArgumentException(0): WeChatPay\Notification::handle(): with an array of headers, the raw body is required (e.g. file_get_contents('php://input'))
TypeError(0): WeChatPay\Notification::handle(): Argument #2 ($headers) must be of type Psr\Http\Message\ServerRequestInterface|array, string given
TypeError(0): WeChatPay\Notification::handle(): Argument #2 ($headers) must be of type Psr\Http\Message\ServerRequestInterface|array, ArrayObject given
WeChatPay\Exception\InvalidArgumentException(0): WeChatPay\Notification: the Wechatpay-Nonce header must be a string or a list of strings, int given
WeChatPay\Exception\InvalidArgumentException(0): WeChatPay\Notification: the Wechatpay-Nonce header must be a string or a list of strings, a list holding null given
TypeError(0): WeChatPay\Notification::handle(): Argument #1 ($instance) must be of type WeChatPay\BuilderChainable, stdClass given
ArgumentCountError(0): WeChatPay\Notification::handleV2() expects exactly 2 arguments, 1 given
TypeError(0): WeChatPay\Notification::handleV2(): Argument #1 ($instance) must be a client made by WeChatPay\Builder::factory(), WeChatPay\BuilderChainable@anonymous given
TypeError(0): WeChatPay\Notification::handle(): Argument #1 ($instance) must be a client made by WeChatPay\Builder::factory(), WeChatPay\BuilderChainable@anonymous given
bool(true)
Method [ <internal:wechatpay> static public method handle ] {

  - Parameters [3] {
    Parameter #0 [ <required> WeChatPay\BuilderChainable $instance ]
    Parameter #1 [ <required> Psr\Http\Message\ServerRequestInterface|array $headers ]
    Parameter #2 [ <optional> ?string $body = null ]
  }
  - Return [ array ]
}
