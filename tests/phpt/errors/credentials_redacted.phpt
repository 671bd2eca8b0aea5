--TEST--
Errors: credentials in base_uri (http://user:pass@host/) never appear in exception messages or dumps: the password is shown as *** (user:***@), as Guzzle redacts it; a proxy's password is never shown either
--EXTENSIONS--
wechatpay
--INI--
zend.exception_ignore_args=0
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$probe = stream_socket_server('tcp://127.0.0.1:0');
$closed = (int) substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);
$password = 'pa55-W0rd_never_shown';

/** Prints the exception's class and message with ports replaced; returns everything a dump of it shows. */
function shown(Throwable $e): string
{
    global $emu, $closed;
    echo get_class($e), ': ', str_replace([(string) $emu['port'], (string) $closed], ['{EMU}', '{CLOSED}'], $e->getMessage()), "\n";
    ob_start();
    var_dump($e);
    print_r($e->getTrace());
    echo $e;
    return ob_get_clean();
}

// The calls are made here, not in closures: a closure's captured variables would show in the traces.
$dumps = '';
// No answer: refused connection.
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => "http://merchant:$password@127.0.0.1:$closed/"]));
try { $api->chain('v3/emulator/echo')->get(); } catch (Throwable $e) { $dumps .= shown($e); }
try { $api->chain('v3/emulator/echo')->getAsync()->wait(); } catch (Throwable $e) { $dumps .= shown($e); }
// An answer: an error status, and a 2xx that does not verify.
$api = WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => "http://merchant:$password@127.0.0.1:{$emu['port']}/"]));
try { $api->chain('v3/emulator/error/{status}')->get(['status' => 404]); } catch (Throwable $e) { $dumps .= shown($e); }
try { $api->chain('v3/emulator/fault/bad-signature')->post(['json' => ['a' => 1]]); } catch (Throwable $e) { $dumps .= shown($e); }
// A base_uri refused by the factory.
try { WeChatPay\Builder::factory(wxp_config($emu, ['base_uri' => "ftp://merchant:$password@127.0.0.1/"])); } catch (Throwable $e) { $dumps .= shown($e); }
// A proxy with a password that cannot be reached.
$api = WeChatPay\Builder::factory(wxp_config($emu, ['proxy' => "http://proxyuser:$password@127.0.0.1:$closed"]));
try { $api->chain('v3/emulator/echo')->get(); } catch (Throwable $e) { $dumps .= shown($e); }

var_dump(strlen($dumps) > 1000, str_contains($dumps, 'merchant:***@'), str_contains($dumps, $password));
?>
--EXPECTF--
WeChatPay\Exception\Own\ConnectException: GET http://merchant:***@127.0.0.1:{CLOSED}/v3/emulator/echo got no answer: cURL error 7: Failed to connect to 127.0.0.1 port {CLOSED} after %d ms: Couldn't connect to server (Connection refused)
WeChatPay\Exception\Own\ConnectException: GET http://merchant:***@127.0.0.1:{CLOSED}/v3/emulator/echo got no answer: cURL error 7: Failed to connect to 127.0.0.1 port {CLOSED} after %d ms: Couldn't connect to server (Connection refused)
WeChatPay\Exception\Own\ClientException: Client error: GET http://merchant:***@127.0.0.1:{EMU}/v3/emulator/error/404 answered 404: RESOURCE_NOT_EXISTS: emulated RESOURCE_NOT_EXISTS for status 404 (Request-ID: %s)
WeChatPay\Exception\Own\VerificationException: POST http://merchant:***@127.0.0.1:{EMU}/v3/emulator/fault/bad-signature answered 200 but the answer did not verify: %s
WeChatPay\Exception\InvalidArgumentException: Config 'base_uri' must be an absolute http:// or https:// URL, got 'ftp://merchant:***@127.0.0.1/'
WeChatPay\Exception\Own\ConnectException: GET http://127.0.0.1:{EMU}/v3/emulator/echo got no answer: cURL error 7: Failed to connect to 127.0.0.1 port {CLOSED} after %d ms: Couldn't connect to server (Connection refused)
bool(true)
bool(true)
bool(false)
