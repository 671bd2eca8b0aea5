--TEST--
PSR-7 bridge: each request of a long-lived process resolves the interfaces afresh (reset after the executor)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator');
if (!is_file('/usr/share/php/GuzzleHttp/Psr7/autoload.php')) die('skip php-guzzlehttp-psr7 not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';

// PHP's own options of this process (-n, -c, -d: how the runner loaded the extension), for the child.
$argv = explode("\0", rtrim((string) file_get_contents('/proc/self/cmdline'), "\0"));
array_shift($argv);
$phpArgs = [];
for ($k = 0; $k < count($argv); $k++) {
    if ($argv[$k] === '-n') {
        $phpArgs[] = '-n';
    } elseif (($argv[$k] === '-d' || $argv[$k] === '-c') && isset($argv[$k + 1])) {
        array_push($phpArgs, $argv[$k], $argv[++$k]);
    } elseif (preg_match('/^-[dc]./', $argv[$k])) {
        $phpArgs[] = $argv[$k];
    } else {
        break;
    }
}

// One `php -S` process (no workers) serves every request, so the requests share the module's globals.
$dir = wxp_make_temp_dir('wxppsr');
file_put_contents("$dir/router.php", <<<'PHP'
<?php
$mode = $_GET['mode'] ?? '';
if ($mode === 'psr10') {
    require '/usr/share/php/Psr/Http/Message/autoload.php';
} elseif ($mode === 'guzzle') {
    require '/usr/share/php/GuzzleHttp/Psr7/autoload.php';
}
$i = WeChatPay\Builder::factory(json_decode(getenv('WXP_PSR_CONFIG'), true));
$r = $i->v3->emulator->echo->get();
if ($mode === 'guzzle') {
    $r = $r->withBody(GuzzleHttp\Psr7\Utils::streamFor('guzzle body'));
} else {
    $r = $r->withBody($r->getBody());
}
$f = fn (Psr\Http\Message\ResponseInterface $x): string => $x->withStatus(201)->getReasonPhrase();
echo $mode, ': ', get_class($r), ' from ', (new ReflectionClass('Psr\Http\Message\ResponseInterface'))->getFileName(),
    ', ', $f($r), ', ', get_class($r->getBody()), "\n";
PHP);
$emu = wxp_emulator_start();
$srv = wxp_supervise(array_merge([wxp_php_binary()], $phpArgs, ['-S', '127.0.0.1:0', "$dir/router.php"]),
    ['log_regex' => '~Development Server \(http://127\.0\.0\.1:(\d+)\) started~'], "$dir/server.log", $dir,
    ['WXP_PSR_CONFIG' => json_encode(wxp_config($emu)), 'PHP_CLI_SERVER_WORKERS' => null]);
if (!$srv['ok']) {
    exit('server did not start: ' . $srv['value']);
}

foreach (['fallback', 'psr10', 'fallback', 'guzzle', 'guzzle', 'fallback', 'psr10'] as $mode) {
    $s = stream_socket_client("tcp://127.0.0.1:{$srv['value']}", $errno, $errstr, 30);
    stream_set_timeout($s, 60);
    fwrite($s, "GET /?mode=$mode HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    $raw = (string) stream_get_contents($s);
    fclose($s);
    echo explode("\r\n\r\n", $raw, 2)[1] ?? "no answer\n";
}
?>
--EXPECT--
fallback: WeChatPay\Http\Response from wechatpay PSR-7 bridge, Created, WeChatPay\Http\Stream
psr10: WeChatPay\Http\Response from /usr/share/php/Psr/Http/Message/ResponseInterface.php, Created, WeChatPay\Http\Stream
fallback: WeChatPay\Http\Response from wechatpay PSR-7 bridge, Created, WeChatPay\Http\Stream
guzzle: WeChatPay\Http\Response from /usr/share/php/Psr/Http/Message/ResponseInterface.php, Created, GuzzleHttp\Psr7\Stream
guzzle: WeChatPay\Http\Response from /usr/share/php/Psr/Http/Message/ResponseInterface.php, Created, GuzzleHttp\Psr7\Stream
fallback: WeChatPay\Http\Response from wechatpay PSR-7 bridge, Created, WeChatPay\Http\Stream
psr10: WeChatPay\Http\Response from /usr/share/php/Psr/Http/Message/ResponseInterface.php, Created, WeChatPay\Http\Stream
