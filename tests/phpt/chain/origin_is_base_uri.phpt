--TEST--
Chain: a {+name} value or chain step may not change base_uri's scheme, host or port (nothing signed is sent elsewhere); an absolute URL on base_uri's own origin, such as a bill's download_url, still works (issue 9, item 8)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$one = wxp_emulator_start(['workers' => 0]);
$other = wxp_emulator_start(['workers' => 0]);   // "elsewhere": the same host, another port
$client = WeChatPay\Builder::factory(wxp_config($one));
$p1 = $one['port'];
$p2 = $other['port'];

function attempt(callable $call): void
{
    global $p1, $p2;
    try {
        $response = $call();
        echo 'sent: ', $response->getStatusCode(), "\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo get_class($e), ': ', str_replace([(string) $p1, (string) $p2], ['P1', 'P2'], $e->getMessage()), "\n";
    }
}

echo "-- another origin\n";
attempt(fn() => $client->chain('{+url}')->get(['url' => "http://127.0.0.1:$p2/v3/emulator/echo"]));
attempt(fn() => $client->chain("//127.0.0.1:$p2/v3/emulator/echo")->get());
attempt(fn() => $client["http://localhost:$p1/v3/emulator/echo"]->get());
attempt(fn() => $client->chain('{+url}')->get(['url' => "https://127.0.0.1:$p1/v3/emulator/echo"]));
attempt(fn() => $client->chain('{+url}/x')->get(['url' => "//127.0.0.1:$p1@127.0.0.1:$p2/v3/emulator/echo"]));
attempt(fn() => $client->chain('{+url}')->getAsync(['url' => "http://127.0.0.1:$p2/v3/emulator/echo"])->wait());
var_dump(count(wxp_emulator_requests($one)), count(wxp_emulator_requests($other)));

echo "-- base_uri's own origin\n";
$bill = json_decode((string) $client->v3->bill->tradebill->get(['query' => ['bill_date' => '2024-05-01']])->getBody(), true);
var_dump(str_starts_with($bill['download_url'], "http://127.0.0.1:$p1/v3/billdownload/file?token="));
$file = $client->chain('{+download_url}')->get(['download_url' => $bill['download_url']]);
var_dump($file->getStatusCode(), sha1((string) $file->getBody()) === $bill['hash_value']);
$r = $client->chain('{+url}')->get(['url' => "HTTP://127.0.0.1:$p1/v3/emulator/echo/x"]);
var_dump($r->getStatusCode());
$log = wxp_emulator_requests($one);
var_dump(count($log), end($log)['request_uri'], end($log)['auth']);
var_dump(count(wxp_emulator_requests($other)));

echo "-- base_uri's credentials are never quoted\n";
$secretive = WeChatPay\Builder::factory(wxp_config($one, ['base_uri' => "http://user:s3cret@127.0.0.1:$p1/"]));
attempt(fn() => $secretive->chain('{+url}')->get(['url' => "http://127.0.0.1:$p2/v3/emulator/echo"]));
attempt(fn() => $secretive->chain('{+url}')->get(['url' => "http://user:other@127.0.0.1:$p1/v3/emulator/echo"]));
?>
--EXPECT--
-- another origin
WeChatPay\Exception\InvalidArgumentException: URL 'http://127.0.0.1:P2/v3/emulator/echo' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: URL '//127.0.0.1:P2/v3/emulator/echo' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: URL 'http://localhost:P1/v3/emulator/echo' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: URL 'https://127.0.0.1:P1/v3/emulator/echo' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: URL '//***@127.0.0.1:P2/v3/emulator/echo/x' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: URL 'http://127.0.0.1:P2/v3/emulator/echo' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
int(0)
int(0)
-- base_uri's own origin
bool(true)
int(200)
bool(true)
int(200)
int(3)
string(19) "/v3/emulator/echo/x"
bool(true)
int(0)
-- base_uri's credentials are never quoted
WeChatPay\Exception\InvalidArgumentException: URL 'http://127.0.0.1:P2/v3/emulator/echo' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
WeChatPay\Exception\InvalidArgumentException: URL 'http://***@127.0.0.1:P1/v3/emulator/echo' is not on base_uri's scheme, host and port: a placeholder value or chain step may not change the scheme, host or port of base_uri
