--TEST--
Driver: the package's certificate download tool (bin/CertificateDownloader.php) route runs unchanged: certs => &['any' => null], an injector after 'verifier' decrypting the downloaded certificate into that array, a recorder before it; the verifier reads the array when it verifies, so the answer verifies under the certificate it carries
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
use Psr\Http\Message\ResponseInterface;
use WeChatPay\Builder;
use WeChatPay\ClientDecoratorInterface;
use WeChatPay\Crypto\AesGcm;

$emu = wxp_emulator_start();
$keys = $emu['keys'];
$apiv3Key = $keys['apiv3_key'];

// The tool's two middleware, as it writes them.
function certsInjector(string $apiv3Key, array &$certs): callable {
    return static function (ResponseInterface $response) use ($apiv3Key, &$certs): ResponseInterface {
        $json = json_decode((string) $response->getBody());
        $data = is_object($json) && isset($json->data) && is_array($json->data) ? $json->data : [];
        array_map(static function ($row) use ($apiv3Key, &$certs) {
            $cert = $row->encrypt_certificate;
            $certs[$row->serial_no] = AesGcm::decrypt($cert->ciphertext, $apiv3Key, $cert->nonce, $cert->associated_data);
        }, $data);
        return $response;
    };
}
function certsRecorder(array &$certs, array &$saved): callable {
    return static function (ResponseInterface $response) use (&$certs, &$saved): ResponseInterface {
        $json = json_decode((string) $response->getBody());
        foreach ($json->data as $row) {
            $saved[$row->serial_no] = $certs[$row->serial_no] ?? '';
        }
        return $response;
    };
}

function job(array $emu, string $apiv3Key, array &$saved): bool
{
    static $certs = ['any' => null];
    $instance = Builder::factory([
        'mchid' => $emu['keys']['mchid'],
        'serial' => $emu['keys']['merchant_serial'],
        'privateKey' => file_get_contents($emu['keys']['merchant_private_key']),
        'certs' => &$certs,
        'base_uri' => $emu['base_uri'],
    ]);
    $failed = false;
    $stack = $instance->getDriver()->select(ClientDecoratorInterface::JSON_BASED)->getConfig('handler');
    $stack->after('verifier', Middleware::mapResponse(certsInjector($apiv3Key, $certs)), 'injector');
    $stack->before('verifier', Middleware::mapResponse(certsRecorder($certs, $saved)), 'recorder');
    $debug = fopen('php://memory', 'w+');
    $instance->chain('v3/certificates')->getAsync(['debug' => $debug])->otherwise(static function ($exception) use (&$failed) {
        $failed = true;
        echo get_class($exception), ': ', $exception->getMessage(), "\n";
    })->wait();
    rewind($debug);
    echo 'debug trace: ', str_contains(stream_get_contents($debug), '> GET /v3/certificates') ? 'yes' : 'no', "\n";
    return !$failed;
}

$saved = [];
var_dump(job($emu, $apiv3Key, $saved));
var_dump(array_keys($saved) === [$keys['platform_serial']], $saved[$keys['platform_serial']] === file_get_contents($keys['platform_cert']));

// Without the injector nothing puts a certificate under the answer's serial: the verifier, reading the array
// when it verifies, finds only 'any' => null and fails closed.
$certs = ['any' => null];
$instance = Builder::factory(['mchid' => $keys['mchid'], 'serial' => $keys['merchant_serial'],
    'privateKey' => 'file://' . $keys['merchant_private_key'], 'certs' => &$certs, 'base_uri' => $emu['base_uri']]);
$stack = $instance->getDriver()->select()->getConfig('handler');
$stack->push(Middleware::mapResponse(static fn (ResponseInterface $r): ResponseInterface => $r), 'noop');
try {
    $instance->chain('v3/certificates')->get();
    echo "accepted\n";
} catch (RequestException $e) {
    echo get_class($e), ' ', $e->getResponse()->getStatusCode(), ' ', str_contains($e->getMessage(), "your's .") ? 'no certificate' : $e->getMessage(), "\n";
}
?>
--EXPECT--
debug trace: yes
bool(true)
bool(true)
bool(true)
WeChatPay\Exception\Guzzle\VerificationException 200 no certificate
