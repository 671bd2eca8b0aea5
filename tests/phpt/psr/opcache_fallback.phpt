--TEST--
PSR-7 bridge with opcache on: the fallback interfaces and bridge classes are declared per request, uncached
--EXTENSIONS--
wechatpay
opcache
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.file_update_protection=0
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
var_dump(opcache_get_status(false)['opcache_enabled']);
var_dump(opcache_is_script_cached(__FILE__));

// A cached function whose types name the (not yet existing) PSR-7 interfaces.
function status_of(Psr\Http\Message\ResponseInterface $r): int
{
    return $r->getStatusCode();
}

$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();
var_dump(status_of($r), (new ReflectionClass($r))->getFileName(),
    (new ReflectionClass('Psr\Http\Message\StreamInterface'))->getFileName());
// The bridge's pseudo-file is never in opcache.
var_dump(opcache_is_script_cached('wechatpay PSR-7 bridge'),
    array_filter(array_keys(opcache_get_status(true)['scripts'] ?? []), fn ($f) => str_contains($f, 'bridge')));
var_dump($r->withHeader('X', 'y')->withStatus(404)->getReasonPhrase(), json_decode((string) $r->getBody())->method);
?>
--EXPECT--
bool(true)
bool(true)
int(200)
string(22) "wechatpay PSR-7 bridge"
string(22) "wechatpay PSR-7 bridge"
bool(false)
array(0) {
}
string(9) "Not Found"
string(3) "GET"
