--TEST--
Options: 'sink' => a file path gets the body of a verified 2xx (signed, or the unsigned bill download), written only after it verified; the response's body reads the file back, rewound; a forged answer or an error answer never reaches the file
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$client = WeChatPay\Builder::factory(wxp_config($emu));
$dir = sys_get_temp_dir() . '/wxp-sink-path-' . getmypid();
mkdir($dir);

// a signed answer: verified from the spool, then written
$r = $client->chain('v3/emulator/big/300000')->get(['sink' => "$dir/big.json"]);
$body = $r->getBody();
clearstatcache();
var_dump($r->getStatusCode(), filesize("$dir/big.json"), get_class($body), $body instanceof Psr\Http\Message\StreamInterface);
var_dump($body->getSize(), $body->tell(), $body->isReadable(), $body->isWritable(), $body->isSeekable());
var_dump($body->read(8), $body->getMetadata('mode'), substr((string) $body, -5), $body->eof());
var_dump(json_decode(file_get_contents("$dir/big.json"), true)['pad'] === str_repeat('x', 299990));
var_dump($body);

// the bill download (unsigned by design), checked as the merchant does: the file's SHA-1 against hash_value
$bill = json_decode((string) $client->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-01']])->getBody(), true);
parse_str((string) parse_url($bill['download_url'], PHP_URL_QUERY), $q);
$r = $client->v3->billdownload->file->get(['query' => ['token' => $q['token']], 'sink' => "$dir/bill.csv"]);
var_dump(sha1_file("$dir/bill.csv") === $bill['hash_value'], $r->getBody()->getSize() === filesize("$dir/bill.csv"));

// an existing file is replaced ("w+", as Guzzle opens it)
file_put_contents("$dir/old.json", str_repeat('old', 1000));
$client->chain('v3/emulator/big/20')->get(['sink' => "$dir/old.json"]);
var_dump(file_get_contents("$dir/old.json"));

// forged (a signature over other bytes): VerificationException, the file is never made; the exception's
// response still carries the body
try {
    $client->chain('v3/emulator/fault/bad-signature')->get(['sink' => "$dir/forged.json"]);
} catch (WeChatPay\Exception\VerificationException $e) {
    echo get_class($e), ' ', (string) $e->getResponse()->getBody(), "\n";
}
// an error answer: thrown as without a sink, its body in the exception, the file never made
try {
    $client->chain('v3/emulator/error/404')->get(['sink' => "$dir/error.json"]);
} catch (WeChatPay\Exception\ClientException $e) {
    echo get_class($e), ' ', json_decode((string) $e->getResponse()->getBody(), true)['code'], "\n";
}
var_dump(file_exists("$dir/forged.json"), file_exists("$dir/error.json"));

// async: the file appears when the promise settles
$p = $client->chain('v3/emulator/big/5000')->getAsync(['sink' => "$dir/async.json"]);
var_dump(file_exists("$dir/async.json"));
var_dump($p->wait()->getBody()->getSize(), filesize("$dir/async.json"));

// no temporary file is left behind
var_dump(glob(sys_get_temp_dir() . '/wechatpay-body-*'));
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
int(200)
int(300000)
string(29) "WeChatPay\Http\ResourceStream"
bool(true)
int(300000)
int(0)
bool(true)
bool(true)
bool(true)
string(8) "{"pad":""
string(3) "w+b"
string(5) "xxx"}"
bool(true)
bool(true)
object(WeChatPay\Http\ResourceStream)#%d (2) {
  ["size"]=>
  int(300000)
  ["position"]=>
  int(300000)
}
bool(true)
bool(true)
string(20) "{"pad":"xxxxxxxxxx"}"
WeChatPay\Exception\Own\VerificationException {"fault":"bad-signature"}
WeChatPay\Exception\Own\ClientException RESOURCE_NOT_EXISTS
bool(false)
bool(false)
bool(false)
int(5000)
int(5000)
array(0) {
}
