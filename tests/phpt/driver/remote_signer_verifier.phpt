--TEST--
Driver: the package README's recipe works: remove('signer') and remove('verifier'), then a remote signer (mapRequest before prepare_body) and a remote verifier (before http_errors) take their place; chain calls go through them, the emulator checks the remote signature, and a remote verifier that refuses fails the call
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';

use GuzzleHttp\Exception\RequestException;
use GuzzleHttp\Middleware;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;
use WeChatPay\Crypto\Rsa;
use WeChatPay\Formatter;

$emu = wxp_emulator_start();
$keys = $emu['keys'];
$instance = WeChatPay\Builder::factory(wxp_config($emu));

// The "remote" services, here in-process: one holds the merchant key, one the platform certificate.
$signed = $verified = 0;
$remoteSigner = static function (RequestInterface $request) use ($keys, &$signed): string {
    $signed++;
    $nonce = Formatter::nonce();
    $timestamp = (string) Formatter::timestamp();
    $signature = Rsa::sign(Formatter::request($request->getMethod(), $request->getRequestTarget(), $timestamp, $nonce,
        (string) $request->getBody()), 'file://' . $keys['merchant_private_key']);
    return Formatter::authorization($keys['mchid'], $nonce, $signature, $timestamp, $keys['merchant_serial']);
};
$verdict = 'OK';
$remoteVerifier = static function (ResponseInterface $response) use ($keys, &$verified, &$verdict): string {
    $verified++;
    [$nonce] = $response->getHeader('Wechatpay-Nonce');
    [$signature] = $response->getHeader('Wechatpay-Signature');
    [$timestamp] = $response->getHeader('Wechatpay-Timestamp');
    $ok = Rsa::verify(Formatter::response($timestamp, $nonce, (string) $response->getBody()), $signature,
        Rsa::from('file://' . $keys['platform_cert'], Rsa::KEY_TYPE_PUBLIC));
    return $ok ? $verdict : 'FAIL';
};

$stack = $instance->getDriver()->select()->getConfig('handler');
$stack->remove('signer');
$stack->before('prepare_body', Middleware::mapRequest(
    static fn (RequestInterface $request): RequestInterface => $request->withHeader('Authorization', $remoteSigner($request))
), 'signer');
$stack->remove('verifier');
$stack->before('http_errors', static function (callable $handler) use ($remoteVerifier): callable {
    return static function (RequestInterface $request, array $options = []) use ($remoteVerifier, $handler) {
        return $handler($request, $options)->then(
            static function (ResponseInterface $response) use ($remoteVerifier, $request): ResponseInterface {
                if ($remoteVerifier($response) !== 'OK') {
                    throw new RequestException('签名验签失败', $request, $response);
                }
                return $response;
            }
        );
    };
}, 'verifier');

$r = $instance->chain('v3/emulator/echo')->post(['json' => ['a' => 1]]);
echo $r->getStatusCode(), ' signed ', $signed, ' verified ', $verified, "\n";
$log = wxp_emulator_requests($emu);
var_dump(end($log)['auth']); // the emulator accepted the remote signature

$verdict = 'NO';
try {
    $instance->chain('v3/emulator/echo')->getAsync()->wait();
    echo "accepted\n";
} catch (RequestException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' ', $e->getResponse()->getStatusCode(), "\n";
}
echo 'signed ', $signed, ' verified ', $verified, "\n";
?>
--EXPECT--
200 signed 1 verified 1
bool(true)
GuzzleHttp\Exception\RequestException: 签名验签失败 200
signed 2 verified 2
