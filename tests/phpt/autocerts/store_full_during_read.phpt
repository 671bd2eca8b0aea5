--TEST--
Automatic platform certificates: the process keeps them for at most 64 merchants, the least recently used making room; an entry being consulted is pinned, so app code run meanwhile (a certsFile stream wrapper) that makes 70 other merchants' entries does not evict it: the outer call fetches, verifies, and the evicted merchants simply fetch again later
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
final class ChurningFiles
{
    public static ?Closure $onOpen = null;
    public $context;
    public function stream_open(string $path, string $mode): bool
    {
        if (self::$onOpen !== null) {
            $hook = self::$onOpen;
            self::$onOpen = null;
            $hook();
        }
        return false;
    }
    public function url_stat(string $path, int $flags): array|false { return false; }
}
stream_wrapper_register('churn', ChurningFiles::class);
$emu = wxp_emulator_start();
$k = $emu['keys'];
ChurningFiles::$onOpen = static function () use ($emu) {
    $refused = 0;
    for ($i = 0; $i < 70; $i++) {
        // another merchant's entry each (its own APIv3 key), whose fetch fails at once: nothing listens there
        $other = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => sprintf('%032d', $i),
            'base_uri' => 'http://127.0.0.1:1/', 'connect_timeout' => 1]));
        try {
            WeChatPay\Sensitive::encrypt($other, 'x');
        } catch (InvalidArgumentException $e) {
            $refused += $e->getPrevious() instanceof WeChatPay\Exception\ConnectException;
        }
    }
    echo "  the wrapper made 70 other entries: $refused refused for want of a certificate, each after its fetch failed\n";
};
$api = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => $k['apiv3_key'], 'certsFile' => 'churn://certs.json']));
echo "outer call:\n";
$status = $api->v3->emulator->echo->get()->getStatusCode();
echo "outer: $status, fetches ", count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates')), "\n";
?>
--EXPECTF--
outer call:
  the wrapper made 70 other entries: 70 refused for want of a certificate, each after its fetch failed

Warning: %s Cannot write config 'certsFile' churn://certs.json: %s
outer: 200, fetches 1
