<?php
/**
 * "Guzzle equivalent (not wechatpay-php)": what a wechatpay-php app does per web request, written here
 * (not copied from wechatpay-php) as an informational stand-in while the Packagist mirror lacks
 * wechatpay/wechatpay. Runs under php-fpm WITHOUT the wechatpay extension (bench/fpm_webrequest.php).
 * Per request: load the key files (openssl_pkey_get_private / openssl_x509_read of file:// paths), build a
 * Guzzle client with one middleware that signs the request (APIv3 Authorization over
 * METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n) and verifies the response (Wechatpay-Timestamp/-Nonce/-Signature/
 * -Serial over TIMESTAMP\nNONCE\nBODY\n with openssl_verify), make ONE member-card GET over HTTPS with
 * `verify` => the test CA, answer a tiny body. Configuration from env[...] (APP_*, APP_VENDOR = the
 * Composer vendor folder holding guzzlehttp/guzzle).
 */

declare(strict_types=1);

use GuzzleHttp\Client;
use GuzzleHttp\HandlerStack;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;

$env = static fn (string $name): string => (string) getenv($name);
require $env('APP_VENDOR') . '/autoload.php';

$mchid = $env('APP_MCHID');
$serial = $env('APP_SERIAL');
$privateKey = openssl_pkey_get_private('file://' . $env('APP_PRIVATE_KEY'));
$platformCert = openssl_x509_read('file://' . $env('APP_PLATFORM_CERT'));
$platformSerial = $env('APP_PLATFORM_SERIAL');
if ($privateKey === false || $platformCert === false) {
    throw new RuntimeException('cannot load the key files');
}

$signAndVerify = static function (callable $handler) use ($mchid, $serial, $privateKey, $platformCert, $platformSerial): callable {
    return static function (RequestInterface $request, array $options) use ($handler, $mchid, $serial, $privateKey,
        $platformCert, $platformSerial) {
        $timestamp = (string) time();
        $nonce = bin2hex(random_bytes(16));
        $uri = $request->getUri();
        $url = $uri->getPath() . ($uri->getQuery() !== '' ? '?' . $uri->getQuery() : '');
        $body = (string) $request->getBody();
        $message = $request->getMethod() . "\n" . $url . "\n" . $timestamp . "\n" . $nonce . "\n" . $body . "\n";
        if (!openssl_sign($message, $signature, $privateKey, OPENSSL_ALGO_SHA256)) {
            throw new RuntimeException('signing failed');
        }
        $request = $request->withHeader('Authorization', sprintf(
            'WECHATPAY2-SHA256-RSA2048 mchid="%s",serial_no="%s",timestamp="%s",nonce_str="%s",signature="%s"',
            $mchid, $serial, $timestamp, $nonce, base64_encode($signature)));
        return $handler($request, $options)->then(static function (ResponseInterface $response) use ($platformCert,
            $platformSerial): ResponseInterface {
            $status = $response->getStatusCode();
            if ($status < 200 || $status >= 300) {
                return $response;
            }
            $ts = $response->getHeaderLine('Wechatpay-Timestamp');
            $nonce = $response->getHeaderLine('Wechatpay-Nonce');
            $sig = $response->getHeaderLine('Wechatpay-Signature');
            $serial = $response->getHeaderLine('Wechatpay-Serial');
            if ($ts === '' || $nonce === '' || $sig === '' || $serial !== $platformSerial
                || abs(time() - (int) $ts) > 300) {
                throw new UnexpectedValueException('response signature headers missing, stale or of another serial');
            }
            $body = (string) $response->getBody();
            if (openssl_verify($ts . "\n" . $nonce . "\n" . $body . "\n", base64_decode($sig, true) ?: '',
                $platformCert, OPENSSL_ALGO_SHA256) !== 1) {
                throw new UnexpectedValueException('response signature does not verify');
            }
            return $response;
        });
    };
};

$stack = HandlerStack::create();
$stack->push($signAndVerify, 'wechatpay_sign_verify');
$client = new Client(['base_uri' => $env('APP_BASE_URI'), 'handler' => $stack, 'verify' => $env('APP_CA'),
    'headers' => ['Accept' => 'application/json', 'User-Agent' => 'wxp-bench-guzzle-equivalent']]);
$response = $client->request('GET', 'v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665');
$card = json_decode((string) $response->getBody(), true);
$out = 'ok ' . ($card['code'] ?? '?') . "\n";
header('Content-Type: text/plain');
header('Content-Length: ' . strlen($out));
echo $out;
