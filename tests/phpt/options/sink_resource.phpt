--TEST--
Options: 'sink' => a stream resource gets the verified body at its position and is rewound, as Guzzle does; what is no sink (a closed or non-stream resource, an int, an object that is no StreamInterface, a path in a missing directory, NUL bytes) is refused before anything is sent
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$big = $client->chain('v3/emulator/big/{n}');

$fh = fopen('php://temp', 'w+');
fwrite($fh, 'PREFIX:');
$r = $big->get(['n' => 30, 'sink' => $fh]);
var_dump(ftell($fh), stream_get_contents($fh));
var_dump($r->getBody()->getSize(), (string) $r->getBody());
// the body is the resource: detaching hands it back, and the stream is then detached
var_dump($r->getBody()->detach() === $fh, $r->getBody()->getSize(), (string) $r->getBody(), $r->getBody()->getMetadata());
try {
    $r->getBody()->read(1);
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$memory = fopen('php://memory', 'w+');
$big->get(['n' => 12, 'sink' => $memory]);
var_dump(stream_get_contents($memory));

$closed = fopen('php://memory', 'w+');
fclose($closed);
$dir = sys_get_temp_dir() . '/wxp-sink-missing-' . getmypid();
foreach ([$closed, 42, new ArrayObject([]), "$dir/file.csv", "a\0b", ''] as $sink) {
    try {
        $big->get(['n' => 12, 'sink' => $sink]);
        echo "sent\n";
    } catch (Exception $e) {
        echo get_class($e), ': ', str_replace($dir, '{DIR}', $e->getMessage()), "\n";
    }
}
$big->getAsync(['n' => 12, 'sink' => 1.5])->otherwise(function ($e) {
    echo 'async ', get_class($e), "\n";
})->wait();
// 'save_to' is Guzzle's old name; 'sink' in the config would write every answer to one file
try {
    $big->get(['n' => 12, 'save_to' => '/tmp/x']);
} catch (WeChatPay\Exception\InvalidArgumentException $e) {
    echo $e->getMessage(), "\n";
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
int(0)
string(37) "PREFIX:{"pad":"xxxxxxxxxxxxxxxxxxxx"}"
int(37)
string(37) "PREFIX:{"pad":"xxxxxxxxxxxxxxxxxxxx"}"
bool(true)
NULL
string(0) ""
array(0) {
}
RuntimeException: Stream is detached
string(12) "{"pad":"xx"}"
WeChatPay\Exception\InvalidArgumentException: Option 'sink' must be an open stream resource, a closed or other resource given
WeChatPay\Exception\InvalidArgumentException: Option 'sink' must be a file path, a stream resource or a Psr\Http\Message\StreamInterface, int given
WeChatPay\Exception\InvalidArgumentException: Option 'sink' must be a file path, a stream resource or a Psr\Http\Message\StreamInterface, ArrayObject given
RuntimeException: Directory {DIR} does not exist for sink value of {DIR}/file.csv
WeChatPay\Exception\InvalidArgumentException: Option 'sink' must be a file path without NUL bytes, a stream resource or a Psr\Http\Message\StreamInterface, an empty or NUL-containing string given
WeChatPay\Exception\InvalidArgumentException: Option 'sink' must be a file path without NUL bytes, a stream resource or a Psr\Http\Message\StreamInterface, an empty or NUL-containing string given
async WeChatPay\Exception\InvalidArgumentException
Option 'save_to' (a Guzzle request option) is refused: Guzzle's old name of 'sink': use 'sink'
int(2)
