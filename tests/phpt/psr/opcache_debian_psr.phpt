--TEST--
PSR-7 bridge with opcache on: interfaces from cached files (Debian's psr/http-message, Guzzle) are implemented
--EXTENSIONS--
wechatpay
opcache
--INI--
opcache.enable=1
opcache.enable_cli=1
opcache.file_update_protection=0
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Psr7/autoload.php')) die('skip php-guzzlehttp-psr7 not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
var_dump(opcache_get_status(false)['opcache_enabled']);
require '/usr/share/php/GuzzleHttp/Psr7/autoload.php';

$i = WeChatPay\Builder::factory(wxp_config(wxp_emulator_start()));
$r = $i->v3->emulator->echo->get();
$file = (new ReflectionClass('Psr\Http\Message\ResponseInterface'))->getFileName();
var_dump($file, opcache_is_script_cached($file));
var_dump($r instanceof Psr\Http\Message\ResponseInterface);
$r2 = $r->withBody(GuzzleHttp\Psr7\Utils::streamFor('guzzle'));
var_dump((string) $r2->getBody(), (new GuzzleHttp\Psr7\Response(202))->getReasonPhrase());
?>
--EXPECT--
bool(true)
string(53) "/usr/share/php/Psr/Http/Message/ResponseInterface.php"
bool(true)
bool(true)
string(6) "guzzle"
string(8) "Accepted"
