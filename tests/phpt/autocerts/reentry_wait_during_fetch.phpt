--TEST--
Automatic platform certificates, re-entry: the app's code run inside the fetch (its autoloader, at the request's first response) waits on another call that needs the certificates too: no second fetch starts (single flight), that call fails as any call made from a class loader while the PSR-7 interfaces load, and the outer call then verifies with what the fetch brought
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start(['workers' => 3]);
$api = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [], 'apiv3Key' => $emu['keys']['apiv3_key']]));
$sink = tempnam(sys_get_temp_dir(), 'wxpsink');
$inner = tempnam(sys_get_temp_dir(), 'wxpsink');
$other = $api->chain('v3/emulator/echo/{n}')->getAsync(['n' => 'inner', 'sink' => $inner]);
spl_autoload_register(static function (string $class) use ($other) {
    static $once = false;
    if ($class === 'GuzzleHttp\Promise\PromiseInterface' || $once) {
        return;
    }
    $once = true;
    echo "autoload $class: waits on the other call\n";
    try {
        $other->wait();
        echo "  inner: fulfilled\n";
    } catch (Throwable $e) {
        echo '  inner: ', get_class($e), ': ', $e->getMessage(), "\n";
    }
});
$r = $api->v3->emulator->echo->get(['sink' => $sink]);
echo 'outer: ', $r->getStatusCode(), ', sink ', filesize($sink) > 0 ? 'written' : 'empty', "\n";
echo 'fetches: ', count(array_filter(wxp_emulator_requests($emu), static fn ($r) => $r['request_uri'] === '/v3/certificates')), "\n";
unlink($sink);
unlink($inner);
?>
--EXPECT--
autoload Psr\Http\Message\ResponseInterface: waits on the other call
  inner: WeChatPay\Exception\Own\RequestException: Cannot make PSR-7 responses while the PSR-7 interfaces are being loaded: a class loader made or waited on a WeChat Pay call
outer: 200, sink written
fetches: 1
