<?php
/**
 * Self-test of the emulator and the test helpers, without the extension:
 *
 *   php tests/emulator/selftest.php        (or php -n; set WXP_TEST_KEYS_DIR to reuse keys)
 *
 * Starts emulators through tests/inc/server.inc, signs requests itself with openssl_sign, sends them with
 * plain PHP (http:// stream contexts with ignore_errors, raw sockets where a context cannot do it), verifies
 * answers like a client must, and prints "N passed, N failed"; exits 1 on any failure.
 */

declare(strict_types=1);

require __DIR__ . '/../inc/server.inc';
require __DIR__ . '/../inc/tls.inc';
require __DIR__ . '/../inc/skipif.inc';

$GLOBALS['st'] = ['pass' => 0, 'fail' => 0, 'request_ids' => []];

function check(string $name, bool $ok, mixed $info = null): void
{
    if ($ok) {
        $GLOBALS['st']['pass']++;
        return;
    }
    $GLOBALS['st']['fail']++;
    $more = $info === null ? '' : ': ' . (is_string($info) ? $info : json_encode($info, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE));
    echo "FAIL $name$more\n";
}

// ---------------------------------------------------------------------------------------------- the client

/** The Authorization header for a request; $o overrides parts (mchid, serial_no, timestamp, nonce_str, ...). */
function st_auth(array $keys, string $method, string $uri, string $body, array $o = []): string
{
    $p = [
        'mchid' => $o['mchid'] ?? $keys['mchid'],
        'serial_no' => $o['serial_no'] ?? $keys['merchant_serial'],
        'timestamp' => (string) ($o['timestamp'] ?? time()),
        'nonce_str' => $o['nonce_str'] ?? bin2hex(random_bytes(16)),
    ];
    $signed = ($o['sign_method'] ?? $method) . "\n" . ($o['sign_uri'] ?? $uri) . "\n{$p['timestamp']}\n{$p['nonce_str']}\n"
        . ($o['sign_body'] ?? $body) . "\n";
    openssl_sign($signed, $sig, openssl_pkey_get_private('file://' . $keys['merchant_private_key']), OPENSSL_ALGO_SHA256);
    $p['signature'] = base64_encode($sig);
    foreach ($o['drop'] ?? [] as $d) {
        unset($p[$d]);
    }
    if (!empty($o['reverse'])) {
        $p = array_reverse($p, true);
    }
    $parts = [];
    foreach ($p as $k => $v) {
        $parts[] = !empty($o['unquoted']) ? "$k=$v" : "$k=\"$v\"";
    }
    return ($o['scheme'] ?? 'WECHATPAY2-SHA256-RSA2048') . ' ' . implode(',', $parts);
}

/**
 * One HTTP exchange with a stream context. Returns ['status', 'headers' => [lower => value], 'body',
 * 'error' => null|string, 'time' => seconds].
 */
function st_http(string $url, string $method, array $headers, string $body = '', array $ssl = []): array
{
    $lines = [];
    foreach ($headers as $k => $v) {
        $lines[] = "$k: $v";
    }
    $opts = ['http' => ['method' => $method, 'header' => implode("\r\n", $lines), 'ignore_errors' => true,
        'follow_location' => 0, 'protocol_version' => 1.1, 'timeout' => 30]];
    if ($body !== '' || in_array($method, ['POST', 'PUT', 'PATCH'], true)) {
        $opts['http']['content'] = $body;
    }
    if ($ssl) {
        $opts['ssl'] = $ssl;
    }
    $t = microtime(true);
    $http_response_header = [];
    $err = null;
    set_error_handler(static function (int $no, string $msg) use (&$err): bool {
        $err = $msg;
        return true;
    });
    $resp = file_get_contents($url, false, stream_context_create($opts));
    restore_error_handler();
    $out = ['status' => 0, 'headers' => [], 'body' => $resp === false ? '' : $resp, 'error' => $resp === false ? ($err ?? 'failed') : null,
        'time' => microtime(true) - $t];
    foreach ($http_response_header as $i => $h) {
        if ($i === 0 || preg_match('~^HTTP/\d~', $h)) {
            $out['status'] = (int) (explode(' ', $h)[1] ?? 0);
            $out['headers'] = [];
        } elseif (str_contains($h, ':')) {
            [$k, $v] = explode(':', $h, 2);
            $out['headers'][strtolower(trim($k))] = trim($v);
        }
    }
    if (isset($out['headers']['request-id'])) {
        $GLOBALS['st']['request_ids'][] = $out['headers']['request-id'];
    }
    return $out;
}

/**
 * A signed request to the emulator (or through $base, the TLS front). $o: headers (extra/override), auth
 * (st_auth overrides), no_auth, no_ua, ssl (context options), base.
 */
function st_call(array $emu, string $method, string $uri, string $body = '', array $o = []): array
{
    $headers = ['Accept' => 'application/json', 'User-Agent' => 'wxp-selftest/1.0', 'Connection' => 'close'];
    if ($body !== '') {
        $headers['Content-Type'] = 'application/json';
    }
    if (empty($o['no_auth'])) {
        $headers['Authorization'] = st_auth($emu['keys'], $method, $uri, $body, $o['auth'] ?? []);
    }
    if (!empty($o['no_ua'])) {
        unset($headers['User-Agent']);
    }
    $headers = array_replace($headers, $o['headers'] ?? []);
    $base = rtrim($o['base'] ?? $emu['base_uri'], '/');
    return st_http($base . $uri, $method, $headers, $body, $o['ssl'] ?? []);
}

/** Verifies a response as a client must; null = valid, else why not. $keys: serial/id => public key PEM path. */
function st_verify(array $r, array $keys): ?string
{
    foreach (['wechatpay-timestamp', 'wechatpay-nonce', 'wechatpay-signature', 'wechatpay-serial'] as $h) {
        if (!isset($r['headers'][$h])) {
            return "missing $h";
        }
    }
    $ts = $r['headers']['wechatpay-timestamp'];
    if (!preg_match('/^\d+$/', $ts) || abs(time() - (int) $ts) > 300) {
        return 'timestamp';
    }
    $serial = $r['headers']['wechatpay-serial'];
    if (!isset($keys[$serial])) {
        return 'unknown serial';
    }
    $sig = $r['headers']['wechatpay-signature'];
    if (str_starts_with($sig, 'WECHATPAY/SIGNTEST/')) {
        return 'signtest';
    }
    $raw = base64_decode($sig, true);
    if ($raw === false) {
        return 'not base64';
    }
    $msg = "$ts\n{$r['headers']['wechatpay-nonce']}\n{$r['body']}\n";
    return openssl_verify($msg, $raw, openssl_pkey_get_public('file://' . $keys[$serial]), OPENSSL_ALGO_SHA256) === 1
        ? null : 'signature';
}

function st_platform(array $emu): array
{
    return [$emu['keys']['platform_serial'] => $emu['keys']['platform_cert']];
}

function st_json(array $r): mixed
{
    return json_decode($r['body'], true);
}

function st_no_wechatpay_headers(array $r): bool
{
    foreach (array_keys($r['headers']) as $h) {
        if (str_starts_with($h, 'wechatpay-')) {
            return false;
        }
    }
    return true;
}

/** Waits until the current second is young, so that a time()-based edge case cannot straddle a tick. */
function st_align(): void
{
    $t = microtime(true);
    if ($t - floor($t) > 0.3) {
        usleep((int) ((ceil($t) - $t) * 1e6) + 2000);
    }
}

/** Raw request bytes for a signed request (for the socket tests). */
function st_raw(array $emu, string $method, string $uri, string $body = ''): string
{
    return "$method $uri HTTP/1.1\r\nHost: 127.0.0.1:{$emu['port']}\r\nUser-Agent: wxp-selftest\r\nAccept: application/json\r\n"
        . 'Authorization: ' . st_auth($emu['keys'], $method, $uri, $body) . "\r\nContent-Length: " . strlen($body)
        . "\r\nConnection: close\r\n\r\n$body";
}

// -------------------------------------------------------------------------------------------------- tests

$t0 = microtime(true);
$keys = wxp_test_keys();
printf("keys ready in %.0f ms (%s)\n", (microtime(true) - $t0) * 1000, getenv('WXP_TEST_KEYS_DIR') ? 'WXP_TEST_KEYS_DIR' : 'fresh');
check('keys: PKCS#8 merchant key', str_starts_with((string) file_get_contents($keys['merchant_private_key']), '-----BEGIN PRIVATE KEY-----'));
check('keys: platform serial is upper hex', (bool) preg_match('/^[0-9A-F]+$/', $keys['platform_serial']), $keys['platform_serial']);
check('keys: platform serial matches cert',
    strtoupper(openssl_x509_parse((string) file_get_contents($keys['platform_cert']))['serialNumberHex']) === $keys['platform_serial']);
check('keys: merchant serial matches cert',
    strtoupper(openssl_x509_parse((string) file_get_contents($keys['merchant_cert']))['serialNumberHex']) === $keys['merchant_serial']);
check('keys: mchid / pubkey id', $keys['mchid'] === '1900000001' && $keys['pubkey_id'] === 'PUB_KEY_ID_0114232134912410000000000000');
check('keys: apiv3 key 32 chars', strlen($keys['apiv3_key']) === 32);
check('keys: cached', wxp_test_keys() === $keys);

// Start timing: average over a few starts (keys already there).
$times = [];
for ($i = 0; $i < 5; $i++) {
    $t = microtime(true);
    $e = wxp_emulator_start();
    $times[] = (microtime(true) - $t) * 1000;
    $ping = st_http($e['base_uri'] . '__emulator/ping', 'GET', []);
    check('start: ping', $ping['status'] === 200 && (st_json($ping)['pong'] ?? false) === true, $ping);
    wxp_emulator_stop($e);
    $gone = @stream_socket_client("tcp://127.0.0.1:{$e['port']}", $en, $es, 1);
    check('stop: port closed', $gone === false);
    check('stop: state dir removed', !is_dir($e['state_dir']), $e['state_dir']);
}
sort($times);
printf("emulator start: median %.0f ms, max %.0f ms (workers=2)\n", $times[2], $times[4]);
check('start under 150 ms', $times[2] < 150, $times);

$emu = wxp_emulator_start();
$plat = st_platform($emu);

// --- request authentication ------------------------------------------------------------------------------
$r = st_call($emu, 'GET', '/v3/emulator/echo');
check('auth: signed request accepted', $r['status'] === 200, $r);
check('auth: response verifies', st_verify($r, $plat) === null, st_verify($r, $plat));
check('response: nonce 32 alnum', (bool) preg_match('/^[0-9A-Za-z]{32}$/', $r['headers']['wechatpay-nonce'] ?? ''));
check('response: serial is platform', ($r['headers']['wechatpay-serial'] ?? '') === $keys['platform_serial']);
check('response: Request-ID', ($r['headers']['request-id'] ?? '') !== '');
check('response: no X-Powered-By', !isset($r['headers']['x-powered-by']));

$bad = [
    'no Authorization' => ['no_auth' => true],
    'wrong signature' => ['auth' => ['sign_body' => 'other']],
    'signature over decoded URI' => ['auth' => ['sign_uri' => '/v3/emulator/echo/a b']],
    'stale timestamp (now-301)' => ['auth' => ['timestamp' => time() - 301], 'align' => true],
    'future timestamp (now+301)' => ['auth' => ['timestamp' => time() + 301], 'align' => true],
    'wrong serial_no' => ['auth' => ['serial_no' => 'ABCDEF0123']],
    'wrong mchid' => ['auth' => ['mchid' => '1900000002']],
    'missing nonce_str' => ['auth' => ['drop' => ['nonce_str']]],
    'empty nonce_str' => ['auth' => ['nonce_str' => '']],
    'missing signature' => ['auth' => ['drop' => ['signature']]],
    'wrong scheme' => ['auth' => ['scheme' => 'WECHATPAY2-SM2-WITH-SM3']],
    'unquoted values' => ['auth' => ['unquoted' => true]],
];
foreach ($bad as $name => $o) {
    if (!empty($o['align'])) {
        st_align();
        $o['auth']['timestamp'] = str_contains($name, '+') ? time() + 301 : time() - 301;
    }
    $uri = $name === 'signature over decoded URI' ? '/v3/emulator/echo/a%20b' : '/v3/emulator/echo';
    $r = st_call($emu, 'GET', $uri, '', $o);
    $j = st_json($r);
    check("auth: $name -> 401", $r['status'] === 401 && ($j['code'] ?? '') === 'SIGN_ERROR', $r);
    check("auth: $name -> unsigned, Request-ID", st_no_wechatpay_headers($r) && isset($r['headers']['request-id']), $r['headers']);
}
$r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['auth' => ['timestamp' => time() - 301]]);
check('auth: message names the timestamp', str_contains(st_json($r)['message'] ?? '', 'timestamp'), $r['body']);
$r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['auth' => ['serial_no' => 'ABCDEF0123']]);
check('auth: message names serial_no', str_contains(st_json($r)['message'] ?? '', 'serial_no'), $r['body']);
st_align();
$r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['auth' => ['timestamp' => time() - 300]]);
check('auth: edge timestamp now-300 accepted', $r['status'] === 200, $r);
st_align();
$r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['auth' => ['timestamp' => time() + 300]]);
check('auth: edge timestamp now+300 accepted', $r['status'] === 200, $r);
$r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['auth' => ['reverse' => true]]);
check('auth: any parameter order', $r['status'] === 200, $r);
$r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['no_ua' => true]);
check('no User-Agent -> 400 PARAM_ERROR', $r['status'] === 400 && (st_json($r)['code'] ?? '') === 'PARAM_ERROR'
    && st_no_wechatpay_headers($r), $r);

// --- echo ------------------------------------------------------------------------------------------------
$uri = '/v3/emulator/echo/a%2Fb/%E4%B8%AD?x=%E4%B8%AD&y=a+b&z=%2F&empty=';
$body = '{"hello":"世界","n":1}';
$r = st_call($emu, 'POST', $uri, $body, ['headers' => ['X-Custom' => 'Value 1']]);
$j = st_json($r);
check('echo: 200 verified', $r['status'] === 200 && st_verify($r, $plat) === null, $r);
check('echo: method', ($j['method'] ?? '') === 'POST');
check('echo: request_uri exact', ($j['request_uri'] ?? '') === $uri, $j['request_uri'] ?? null);
check('echo: query', ($j['query'] ?? null) === ['x' => '中', 'y' => 'a b', 'z' => '/', 'empty' => ''], $j['query'] ?? null);
check('echo: body', ($j['body'] ?? '') === $body);
check('echo: lower-case headers', ($j['headers']['x-custom'] ?? '') === 'Value 1' && isset($j['headers']['authorization']), $j['headers'] ?? null);
foreach (['PUT', 'PATCH', 'DELETE', 'GET'] as $m) {
    $r = st_call($emu, $m, '/v3/emulator/echo/x', $m === 'GET' || $m === 'DELETE' ? '' : '{}');
    check("echo: $m", $r['status'] === 200 && (st_json($r)['method'] ?? '') === $m && st_verify($r, $plat) === null, $r);
}
$bin = "\xff\xfe\x00binary";
$r = st_call($emu, 'POST', '/v3/emulator/echo', $bin, ['headers' => ['Content-Type' => 'application/octet-stream']]);
check('echo: binary body exact in body_base64', base64_decode(st_json($r)['body_base64'] ?? '') === $bin, $r);

// --- public-key mode -------------------------------------------------------------------------------------
$r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['headers' => ['Wechatpay-Serial' => $keys['pubkey_id']]]);
check('pubkey mode: serial is PUB_KEY_ID', ($r['headers']['wechatpay-serial'] ?? '') === $keys['pubkey_id'], $r['headers']);
check('pubkey mode: verifies with the public key', st_verify($r, [$keys['pubkey_id'] => $keys['pubkey_public_key']]) === null);
check('pubkey mode: not with the platform cert', st_verify($r, [$keys['pubkey_id'] => $keys['platform_cert']]) === 'signature');
$r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['headers' => ['Wechatpay-Serial' => $keys['platform_serial']]]);
check('request naming the platform serial', $r['status'] === 200 && st_verify($r, $plat) === null, $r);
$r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['headers' => ['Wechatpay-Serial' => 'PUB_KEY_ID_0000']]);
check('unknown request Wechatpay-Serial -> 400', $r['status'] === 400 && (st_json($r)['code'] ?? '') === 'PARAM_ERROR', $r);

// --- member card -----------------------------------------------------------------------------------------
$cardPath = '/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665';
$r = st_call($emu, 'GET', $cardPath);
$card = st_json($r);
check('card GET: 200 verified', $r['status'] === 200 && st_verify($r, $plat) === null, $r);
$fields = ['card_id', 'code', 'openid', 'membership_number', 'level', 'nickname', 'head_image_url',
    'background_picture_url', 'balance', 'user_card_status', 'user_information', 'bonus_value'];
check('card GET: all fields', is_array($card) && array_keys($card) === $fields, $card);
check('card GET: echoes ids', ($card['card_id'] ?? '') === 'pbLatjvWOibDc5-TBnbUk1pD12o0' && ($card['code'] ?? '') === '478515832665');
check('card GET: types', is_int($card['balance'] ?? null) && is_int($card['bonus_value'] ?? null)
    && in_array($card['user_card_status'] ?? '', ['NOT_ACTIVATE', 'EFFECTIVE', 'EXPIRE', 'UNAVAILABLE', 'DELETE'], true)
    && isset($card['user_information']['common_field_list'][0]['name'], $card['user_information']['custom_field_list'][0]['value_list']));
$r = st_call($emu, 'GET', '/v3/marketing/membercard-open/cards/card%2F1%20x/codes/%E4%B8%AD%20');
check('card GET: decoded path values', (st_json($r)['card_id'] ?? '') === 'card/1 x' && (st_json($r)['code'] ?? '') === '中 ', $r['body']);
$r2 = st_call($emu, 'GET', '/v3/marketing/membercard-open/cards/card%2F1%20x/codes/%E4%B8%AD%20');
check('card GET: stable seed', $r['body'] === $r2['body']);

$patch = json_encode(['membership_number' => '316510891298', 'background_picture_url' => 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0',
    'level' => '钻石会员', 'out_request_no' => '100002322019090134234sfdf',
    'balance_information' => ['before_balance' => 888, 'balance' => 888, 'add_balance' => 100, 'balance_remark' => '购买一杯珍珠奶茶，消耗30元']],
    JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
$r = st_call($emu, 'PATCH', $cardPath, $patch);
check('card PATCH: 204', $r['status'] === 204 && $r['body'] === '', $r);
check('card PATCH: signed over empty body', st_verify($r, $plat) === null, st_verify($r, $plat));
check('card PATCH: no Content-Type', !isset($r['headers']['content-type']), $r['headers']);
$r = st_call($emu, 'GET', $cardPath);
$after = st_json($r);
check('card GET after PATCH', ($after['membership_number'] ?? '') === '316510891298' && ($after['level'] ?? '') === '钻石会员'
    && ($after['balance'] ?? null) === 888 && ($after['background_picture_url'] ?? '') === 'https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0'
    && ($after['openid'] ?? '') === $card['openid'], $after);
$r = st_call($emu, 'PATCH', $cardPath, '{"level":"金卡"}');
check('card PATCH: partial', $r['status'] === 204 && (st_json(st_call($emu, 'GET', $cardPath))['level'] ?? '') === '金卡'
    && (st_json(st_call($emu, 'GET', $cardPath))['balance'] ?? '') === 888);
$invalid = [
    'array body' => ['[1,2]', '/'],
    'not JSON' => ['{bad', '/'],
    'empty body' => ['', '/'],
    'string balance' => ['{"balance_information":{"before_balance":1,"balance":"888","add_balance":1}}', '/balance_information/balance'],
    'missing add_balance' => ['{"balance_information":{"before_balance":1,"balance":2}}', '/balance_information/add_balance'],
    'float before_balance' => ['{"balance_information":{"before_balance":1.5,"balance":2,"add_balance":1}}', '/balance_information/before_balance'],
    'balance_information not object' => ['{"balance_information":[]}', '/balance_information'],
    'level not string' => ['{"level":5}', '/level'],
];
foreach ($invalid as $name => [$b, $field]) {
    $r = st_call($emu, 'PATCH', $cardPath, $b);
    $j = st_json($r);
    check("card PATCH $name -> 400", $r['status'] === 400 && ($j['code'] ?? '') === 'PARAM_ERROR' && st_no_wechatpay_headers($r), $r);
    check("card PATCH $name -> detail", ($j['detail']['field'] ?? '') === $field && ($j['detail']['location'] ?? '') === 'body'
        && array_keys($j['detail'] ?? []) === ['field', 'value', 'issue', 'location'], $j);
}
check('state unchanged by bad PATCHes', (st_json(st_call($emu, 'GET', $cardPath))['level'] ?? '') === '金卡');
$r = st_call($emu, 'POST', $cardPath, '{}');
check('card POST -> 404', $r['status'] === 404 && (st_json($r)['code'] ?? '') === 'RESOURCE_NOT_EXISTS', $r);
$r = st_call($emu, 'GET', '/v3/no-such-api/out-trade-no/1?mchid=1');
check('unknown path -> 404 RESOURCE_NOT_EXISTS unsigned', $r['status'] === 404 && (st_json($r)['code'] ?? '') === 'RESOURCE_NOT_EXISTS'
    && st_no_wechatpay_headers($r), $r);

// --- errors ----------------------------------------------------------------------------------------------
$codes = [400 => 'PARAM_ERROR', 401 => 'SIGN_ERROR', 403 => 'NO_AUTH', 404 => 'RESOURCE_NOT_EXISTS',
    429 => 'FREQUENCY_LIMITED', 500 => 'SYSTEM_ERROR', 502 => 'SERVICE_UNAVAILABLE', 503 => 'SERVICE_UNAVAILABLE'];
foreach ($codes as $status => $code) {
    $r = st_call($emu, 'POST', "/v3/emulator/error/$status", '{}');
    $j = st_json($r);
    check("error/$status", $r['status'] === $status && ($j['code'] ?? '') === $code && is_string($j['message'] ?? null)
        && ($j['detail'] ?? null) === ['field' => '/amount/currency', 'value' => 'XYZ', 'issue' => $j['detail']['issue'] ?? '', 'location' => 'body']
        && st_no_wechatpay_headers($r) && isset($r['headers']['request-id']), $r);
}
$r = st_call($emu, 'GET', '/v3/emulator/error/202');
check('error/202 is signed', $r['status'] === 202 && st_verify($r, $plat) === null, $r);

// --- slow ------------------------------------------------------------------------------------------------
$r = st_call($emu, 'GET', '/v3/emulator/slow/300');
check('slow/300', $r['status'] === 200 && st_json($r) === ['slept' => 300] && st_verify($r, $plat) === null && $r['time'] >= 0.3, $r);

// --- response faults -------------------------------------------------------------------------------------
$faults = [
    'bad-signature' => 'signature', 'stale-timestamp' => 'timestamp', 'future-timestamp' => 'timestamp',
    'edge-timestamp' => null, 'edge-future-timestamp' => null, 'timestamp/-1000' => 'timestamp', 'timestamp/-299' => null,
    'unknown-serial' => 'unknown serial', 'signtest' => 'signtest', 'empty-204' => null,
    'garbage-signature' => 'not base64', 'body-tampered' => 'signature',
    'missing-header/Wechatpay-Timestamp' => 'missing wechatpay-timestamp', 'missing-header/Wechatpay-Nonce' => 'missing wechatpay-nonce',
    'missing-header/Wechatpay-Signature' => 'missing wechatpay-signature', 'missing-header/Wechatpay-Serial' => 'missing wechatpay-serial',
    'missing-header/nonce' => 'missing wechatpay-nonce',
];
foreach ($faults as $f => $expect) {
    $r = st_call($emu, 'GET', "/v3/emulator/fault/$f");
    $want = $f === 'empty-204' ? 204 : 200;
    $got = st_verify($r, $plat);
    check("fault/$f: status $want", $r['status'] === $want, $r);
    check("fault/$f: client verdict " . ($expect ?? 'valid'), $got === $expect, $got);
}
$r = st_call($emu, 'GET', '/v3/emulator/fault/stale-timestamp');
check('fault/stale-timestamp is now-301', abs((int) ($r['headers']['wechatpay-timestamp'] ?? 0) - (time() - 301)) <= 1);
$r = st_call($emu, 'GET', '/v3/emulator/fault/signtest');
check('fault/signtest prefix', str_starts_with($r['headers']['wechatpay-signature'] ?? '', 'WECHATPAY/SIGNTEST/'));
$r = st_call($emu, 'GET', '/v3/emulator/fault/unknown-serial');
check('fault/unknown-serial: UNKNOWN0000, otherwise valid', ($r['headers']['wechatpay-serial'] ?? '') === 'UNKNOWN0000'
    && st_verify($r, ['UNKNOWN0000' => $keys['platform_cert']]) === null);
$r = st_call($emu, 'GET', '/v3/emulator/fault/no-such-fault');
check('fault/unknown -> 404', $r['status'] === 404);

// --- bills -----------------------------------------------------------------------------------------------
foreach (['' => false, '&tar_type=GZIP' => true] as $q => $gz) {
    $r = st_call($emu, 'GET', "/v3/bill/tradebill?bill_date=2024-01-02&bill_type=ALL$q");
    $j = st_json($r);
    check("tradebill$q: signed", $r['status'] === 200 && st_verify($r, $plat) === null && ($j['hash_type'] ?? '') === 'SHA1', $r);
    $u = parse_url($j['download_url'] ?? '');
    $path = ($u['path'] ?? '') . '?' . ($u['query'] ?? '');
    check("tradebill$q: download_url", ($u['scheme'] ?? '') === 'http' && ($u['port'] ?? 0) === $emu['port']
        && str_starts_with($path, '/v3/billdownload/file?token='), $j);
    $d = st_call($emu, 'GET', $path);
    $csv = $gz ? (string) @gzdecode($d['body']) : $d['body'];
    check("billdownload$q: 200 unsigned", $d['status'] === 200 && st_no_wechatpay_headers($d) && isset($d['headers']['request-id']), $d);
    check("billdownload$q: SHA-1 of the uncompressed bill", sha1($csv) === ($j['hash_value'] ?? '') && str_contains($csv, '`2024-01-02'), $csv);
}
// fund-flow bills, generated sizes and faults (emulator-only query fields)
$bill = static function (string $query) use ($emu): array {
    $j = st_json(st_call($emu, 'GET', "/v3/bill/$query"));
    $u = parse_url($j['download_url'] ?? '');
    return [$j, st_call($emu, 'GET', ($u['path'] ?? '') . '?' . ($u['query'] ?? ''))];
};
[$j, $d] = $bill('fundflowbill?bill_date=2024-01-02&tar_type=GZIP');
$csv = (string) @gzdecode($d['body']);
check('fundflowbill GZIP: SHA-1 of the uncompressed bill', sha1($csv) === ($j['hash_value'] ?? '') && str_starts_with($csv, '记账时间,'), $csv);
foreach (['' => false, '&tar_type=GZIP' => true] as $q => $gz) {
    [$j, $d] = $bill("tradebill?bill_date=2024-01-02&emulator_size=300001$q");
    $csv = $gz ? (string) @gzdecode($d['body']) : $d['body'];
    check("tradebill emulator_size$q: exactly that size, hashed", strlen($csv) === 300001 && sha1($csv) === ($j['hash_value'] ?? ''), strlen($csv));
}
[$j, $d] = $bill('tradebill?bill_date=2024-01-02&emulator_fault=wrong-hash');
check('tradebill wrong-hash: another hash', $d['status'] === 200 && sha1($d['body']) !== ($j['hash_value'] ?? ''), $j);
[$j, $d] = $bill('tradebill?bill_date=2024-01-02&tar_type=GZIP&emulator_fault=truncated');
check('tradebill truncated: gzip cut short', $d['status'] === 200 && @gzdecode($d['body']) === false, strlen($d['body']));
$r = st_call($emu, 'GET', '/v3/bill/tradebill?bill_date=2024-01-02&emulator_fault=nope');
check('tradebill: unknown fault -> 400', $r['status'] === 400, $r);
$d = st_call($emu, 'GET', '/v3/billdownload/file?token=anything');
check('billdownload: any token is CSV', $d['status'] === 200 && str_starts_with($d['body'], '交易时间,') && st_no_wechatpay_headers($d), $d);
$d = st_call($emu, 'GET', '/v3/billdownload/file');
check('billdownload: no token -> 400', $d['status'] === 400, $d);
$d = st_call($emu, 'GET', '/v3/billdownload/file?token=x', '', ['auth' => ['sign_body' => 'x']]);
check('billdownload: needs a signed request', $d['status'] === 401, $d);

// --- media upload ----------------------------------------------------------------------------------------
/** A media upload body as Guzzle's MultipartStream writes it; $o: meta (JSON), file, filename, boundary. */
function st_media(array $o = []): array
{
    $file = $o['file'] ?? "\x89PNG\r\n\x1a\n" . random_bytes(64);
    $meta = $o['meta'] ?? json_encode(['filename' => $o['filename'] ?? 'a.png', 'sha256' => hash('sha256', $file)]);
    $b = $o['boundary'] ?? bin2hex(random_bytes(20));
    $body = "--$b\r\nContent-Type: application/json\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n$meta\r\n"
        . "--$b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" . ($o['filename'] ?? 'a.png') . "\"\r\n"
        . 'Content-Length: ' . strlen($file) . "\r\nContent-Type: image/png\r\n\r\n$file\r\n--$b--\r\n";
    return [$body, $meta, "multipart/form-data; boundary=$b", $file];
}

[$body, $meta, $type, $file] = st_media();
$mu = '/v3/merchant/media/upload';
$r = st_call($emu, 'POST', $mu, $body, ['headers' => ['Content-Type' => $type], 'auth' => ['sign_body' => $meta]]);
check('media: signed over the meta part -> 200 verified', $r['status'] === 200 && st_verify($r, $plat) === null
    && is_string(st_json($r)['media_id'] ?? null), $r);
$r2 = st_call($emu, 'POST', $mu, $body, ['headers' => ['Content-Type' => $type], 'auth' => ['sign_body' => $meta]]);
check('media: same file, same media_id', (st_json($r2)['media_id'] ?? 1) === (st_json($r)['media_id'] ?? 2), $r2);
$r = st_call($emu, 'POST', $mu, $body, ['headers' => ['Content-Type' => $type]]);
check('media: signed over the whole body -> 401', $r['status'] === 401 && (st_json($r)['code'] ?? '') === 'SIGN_ERROR', $r);
[$bad, $badMeta, $badType] = st_media(['meta' => json_encode(['filename' => 'a.png', 'sha256' => str_repeat('0', 64)])]);
$r = st_call($emu, 'POST', $mu, $bad, ['headers' => ['Content-Type' => $badType], 'auth' => ['sign_body' => $badMeta]]);
check('media: sha256 mismatch -> 400', $r['status'] === 400 && str_contains(st_json($r)['message'] ?? '', 'sha256'), $r);
[$gif, $gifMeta, $gifType] = st_media(['filename' => 'a.gif']);
$r = st_call($emu, 'POST', $mu, $gif, ['headers' => ['Content-Type' => $gifType], 'auth' => ['sign_body' => $gifMeta]]);
check('media: not jpg/bmp/png -> 400', $r['status'] === 400 && (st_json($r)['code'] ?? '') === 'PARAM_ERROR', $r);
$r = st_call($emu, 'POST', $mu, substr($body, 0, -4), ['headers' => ['Content-Type' => $type], 'auth' => ['sign_body' => $meta]]);
check('media: no closing boundary -> 401 (nothing to verify) or 400', in_array($r['status'], [400, 401], true), $r);
$r = st_call($emu, 'POST', $mu, '{"x":1}', ['auth' => ['sign_body' => '{"x":1}']]);
check('media: a JSON body -> 400', $r['status'] === 400 && (st_json($r)['code'] ?? '') === 'PARAM_ERROR', $r);

// --- callbacks (/__emulator/callback/{kind}) --------------------------------------------------------------
$both = $plat + [$emu['keys']['pubkey_id'] => $emu['keys']['pubkey_public_key']];
$cbGet = function (string $kind) use ($emu): array {
    [$status, $body] = wxp_emulator_control($emu, 'GET', "/__emulator/callback/$kind");
    $j = json_decode($body, true) ?? [];
    return ['status' => $status, 'headers' => array_change_key_case($j['headers'] ?? []), 'body' => $j['body'] ?? '',
        'expected' => $j['expected'] ?? null];
};
$cbOpen = function (array $cb) use ($emu): mixed {
    $res = json_decode($cb['body'], true)['resource'] ?? [];
    $raw = base64_decode($res['ciphertext'] ?? '');
    $plain = openssl_decrypt(substr($raw, 0, -16), 'aes-256-gcm', $emu['keys']['apiv3_key'], OPENSSL_RAW_DATA,
        $res['nonce'] ?? '', substr($raw, -16), $res['associated_data'] ?? '');
    return $plain === false ? false : json_decode($plain, true);
};
$expect = ['good' => null, 'pubkey' => null, 'stale' => 'timestamp', 'signtest' => 'signtest', 'tampered' => 'signature',
    'bad_tag' => null, 'other_key' => null, 'unknown_serial' => 'unknown serial', 'not_json' => null,
    'no_resource' => null, 'plaintext_not_json' => null];
foreach ($expect as $kind => $verdict) {
    $cb = $cbGet($kind);
    check("callback $kind: verifies as expected", $cb['status'] === 200 && st_verify($cb, $both) === $verdict, [$verdict, st_verify($cb, $both)]);
}
$cb = $cbGet('good');
check('callback good: decrypts to expected', $cbOpen($cb) === $cb['expected'] && ($cb['expected']['trade_state'] ?? '') === 'SUCCESS', $cb);
check('callback pubkey: PUB_KEY_ID serial', ($cbGet('pubkey')['headers']['wechatpay-serial'] ?? '') === $emu['keys']['pubkey_id']);
foreach (['bad_tag', 'other_key'] as $kind) {
    check("callback $kind: does not decrypt", $cbOpen($cbGet($kind)) === false);
}
check('callback plaintext_not_json: decrypts to no JSON', $cbOpen($cbGet('plaintext_not_json')) === null);
$cb = $cbGet('v2_refund');
$notice = emu_selftest_xml($cb['body']);
$plain = openssl_decrypt(base64_decode($notice['req_info'] ?? ''), 'aes-256-ecb', md5(wxp_v2_keys()['secret']), OPENSSL_RAW_DATA);
check('callback v2_refund: req_info decrypts under md5(secret)', $plain !== false && emu_selftest_xml($plain) === $cb['expected']['req_info'], $cb);
$cb = $cbGet('v2_other_key');
$notice = emu_selftest_xml($cb['body']);
check('callback v2_other_key: bad padding under md5(secret)', openssl_decrypt(base64_decode($notice['req_info'] ?? ''), 'aes-256-ecb', md5(wxp_v2_keys()['secret']), OPENSSL_RAW_DATA) === false);
check('callback v2_fail: return_code FAIL', (emu_selftest_xml($cbGet('v2_fail')['body'])['return_code'] ?? '') === 'FAIL');
check('callback unknown kind: 404', $cbGet('nope')['status'] === 404);

/** The fields of a flat XML document (an APIv2 notice, or its req_info's `<root>`), read without simplexml (php -n). */
function emu_selftest_xml(string $xml): array
{
    require_once __DIR__ . '/v2_xml.php';
    return emu_v2_xml_parse(str_replace(['<root>', '</root>'], ['<xml>', '</xml>'], $xml)) ?? [];
}

// --- request log -----------------------------------------------------------------------------------------
wxp_emulator_clear($emu);
check('log: empty after clear', wxp_emulator_requests($emu) === []);
$a = st_call($emu, 'GET', '/v3/emulator/echo?q=1');
$b = st_call($emu, 'POST', '/v3/emulator/echo', '{"x":"中"}', ['auth' => ['sign_body' => 'nope']]);
$c = st_call($emu, 'PATCH', $cardPath, '{"level":"银卡"}');
$log = wxp_emulator_requests($emu);
check('log: three entries, control requests not logged', count($log) === 3, $log);
check('log: fields', array_keys($log[0] ?? []) === ['time', 'request_id', 'method', 'request_uri', 'headers', 'body',
    'body_base64', 'auth', 'auth_error'], $log[0] ?? null);
check('log: entry 1', ($log[0]['method'] ?? '') === 'GET' && ($log[0]['request_uri'] ?? '') === '/v3/emulator/echo?q=1'
    && ($log[0]['auth'] ?? null) === true && array_key_exists('auth_error', $log[0]) && $log[0]['auth_error'] === null
    && ($log[0]['request_id'] ?? '') === ($a['headers']['request-id'] ?? '-'), $log[0] ?? null);
check('log: entry 2 failed auth', ($log[1]['auth'] ?? null) === false && str_contains((string) ($log[1]['auth_error'] ?? ''), 'signature')
    && ($log[1]['body'] ?? '') === '{"x":"中"}' && ($log[1]['headers']['content-type'] ?? '') === 'application/json', $log[1] ?? null);
check('log: entry 3', ($log[2]['method'] ?? '') === 'PATCH' && ($log[2]['body'] ?? '') === '{"level":"银卡"}'
    && str_starts_with($log[2]['headers']['authorization'] ?? '', 'WECHATPAY2-SHA256-RSA2048 '), $log[2] ?? null);
check('log: plain stream http control', st_http($emu['base_uri'] . '__emulator/requests', 'GET', [])['status'] === 200);

// --- drop ------------------------------------------------------------------------------------------------
$s = stream_socket_client("tcp://127.0.0.1:{$emu['port']}", $en, $es, 10);
fwrite($s, st_raw($emu, 'GET', '/v3/emulator/drop'));
stream_set_timeout($s, 10);
$got = stream_get_contents($s);
$meta = stream_get_meta_data($s);
fclose($s);
check('drop: connection closed with no byte (workers=2)', $got === '' && !$meta['timed_out'], $got);
$r = st_call($emu, 'GET', '/v3/emulator/echo');
check('drop: server still serves', $r['status'] === 200, $r);
$dl = wxp_emulator_requests($emu);
check('drop: logged', (end($dl)['request_uri'] ?? '') === '/v3/emulator/echo' && (prev($dl)['request_uri'] ?? '') === '/v3/emulator/drop');
$r = st_call($emu, 'GET', '/v3/emulator/drop');
check('drop: stream http sees a failure', $r['status'] === 0 && $r['error'] !== null, $r);
$r = st_call($emu, 'GET', '/v3/emulator/drop');
check('drop: last process refuses to die (empty 200, unsigned)', $r['status'] === 200 && $r['body'] === ''
    && isset($r['headers']['request-id']) && st_no_wechatpay_headers($r), $r);
$r = st_call($emu, 'GET', '/v3/emulator/echo');
check('drop: still serving after three drops', $r['status'] === 200, $r);

// --- TLS front -------------------------------------------------------------------------------------------
if (($why = wxp_missing('socat')) === null) {
    $t = microtime(true);
    $tls = wxp_tls_front_start($emu);
    printf("TLS front start: %.0f ms\n", (microtime(true) - $t) * 1000);
    $ok = ['verify_peer' => true, 'verify_peer_name' => true, 'cafile' => $tls['ca']];
    $r = st_call($emu, 'GET', '/v3/emulator/echo?tls=1', '', ['base' => $tls['base_uri'], 'ssl' => $ok]);
    check('tls: 127.0.0.1 with the test CA', $r['status'] === 200 && st_verify($r, $plat) === null
        && (st_json($r)['request_uri'] ?? '') === '/v3/emulator/echo?tls=1', $r);
    $r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['base' => "https://localhost:{$tls['port']}/", 'ssl' => $ok]);
    check('tls: localhost with the test CA', $r['status'] === 200, $r);
    $r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['base' => $tls['base_uri'], 'ssl' => ['cafile' => $tls['other_ca']] + $ok]);
    check('tls: other CA refused', $r['status'] === 0 && $r['error'] !== null, $r);
    $r = st_call($emu, 'GET', '/v3/emulator/echo', '', ['base' => $tls['base_uri'], 'ssl' => ['peer_name' => 'example.com'] + $ok]);
    check('tls: wrong name refused', $r['status'] === 0, $r);
    $r = st_call($emu, 'GET', '/v3/bill/tradebill?bill_date=2024-01-02', '', ['base' => $tls['base_uri'], 'ssl' => $ok]);
    check('tls: tradebill download_url is https', str_starts_with(st_json($r)['download_url'] ?? '', "https://127.0.0.1:{$tls['port']}/"), $r);
} else {
    echo "SKIP tls: $why\n";
}

// --- concurrency -----------------------------------------------------------------------------------------
$emu4 = wxp_emulator_start(['workers' => 4]);
$t = microtime(true);
$socks = [];
for ($i = 0; $i < 4; $i++) {
    $socks[$i] = stream_socket_client("tcp://127.0.0.1:{$emu4['port']}", $en, $es, 10);
    fwrite($socks[$i], st_raw($emu4, 'GET', '/v3/emulator/slow/300'));
    stream_set_blocking($socks[$i], false);
}
$bufs = array_fill(0, 4, '');
$open = $socks;
while ($open && microtime(true) - $t < 10) {
    $rd = $open;
    $w = $x = null;
    if (stream_select($rd, $w, $x, 1) > 0) {
        foreach ($rd as $s) {
            $i = array_search($s, $socks, true);
            $chunk = fread($s, 65536);
            if ($chunk === '' || $chunk === false) {
                if (feof($s)) {
                    unset($open[$i]);
                }
            } else {
                $bufs[$i] .= $chunk;
            }
        }
    }
}
$elapsed = microtime(true) - $t;
$okAll = true;
foreach ($bufs as $b) {
    $okAll = $okAll && str_starts_with($b, 'HTTP/1.1 200') && str_ends_with($b, '{"slept":300}');
}
printf("4 x slow/300 with workers=4: %.0f ms\n", $elapsed * 1000);
check('concurrency: 4 answers', $okAll, $bufs);
check('concurrency: 4 x 300 ms in < 1 s', $elapsed < 1.0, $elapsed);
check('concurrency: log has 4 entries', count(wxp_emulator_requests($emu4)) === 4);

// --- single process ---------------------------------------------------------------------------------------
$emu1 = wxp_emulator_start(['workers' => 0]);
$r = st_call($emu1, 'GET', '/v3/emulator/drop');
check('workers=0: drop answers an empty unsigned 200', $r['status'] === 200 && $r['body'] === '' && st_no_wechatpay_headers($r), $r);
$r = st_call($emu1, 'GET', '/v3/emulator/echo');
check('workers=0: still serving', $r['status'] === 200, $r);

// --- orders, refunds, callbacks, answer faults (orders.php, refunds.php, notify.php, answer_faults.php) -------
$mchid = $keys['mchid'];
$order = json_encode(['appid' => 'wxd678efh567hg6787', 'mchid' => $mchid, 'description' => 'selftest',
    'out_trade_no' => 'SELFTEST_1', 'notify_url' => 'http://127.0.0.1:9/notify', 'amount' => ['total' => 10]]);
$r = st_call($emu, 'POST', '/v3/pay/transactions/native', $order);
check('orders: native 200 verified code_url', $r['status'] === 200 && st_verify($r, $plat) === null
    && str_starts_with(st_json($r)['code_url'] ?? '', 'weixin://wxpay/bizpayurl?pr='), $r);
$r = st_call($emu, 'POST', '/v3/pay/transactions/jsapi', $order);
check('orders: jsapi without payer 400 /payer', $r['status'] === 400 && (st_json($r)['detail']['field'] ?? '') === '/payer', $r);
$r = st_call($emu, 'GET', "/v3/pay/transactions/out-trade-no/SELFTEST_1?mchid=$mchid");
check('orders: query NOTPAY', $r['status'] === 200 && (st_json($r)['trade_state'] ?? '') === 'NOTPAY' && st_verify($r, $plat) === null, $r);
$r = st_http($emu['base_uri'] . '__emulator/notify', 'POST', ['Content-Type' => 'application/json'],
    json_encode(['kind' => 'transaction.success', 'out_trade_no' => 'SELFTEST_1']));
$paid = st_json($r);
check('notify: nobody listening, paid all the same', $r['status'] === 200 && ($paid['delivered'] ?? null) === false
    && ($paid['attempts'][0]['status'] ?? null) === 0 && ($paid['resource']['trade_state'] ?? '') === 'SUCCESS', $r);
$r = st_call($emu, 'GET', '/v3/pay/transactions/id/' . ($paid['resource']['transaction_id'] ?? 'x') . "?mchid=$mchid");
check('orders: query by transaction_id SUCCESS', $r['status'] === 200 && (st_json($r)['trade_state'] ?? '') === 'SUCCESS', $r);
$refund = json_encode(['out_trade_no' => 'SELFTEST_1', 'out_refund_no' => 'SELFTEST_R1', 'amount' => ['refund' => 10, 'total' => 10, 'currency' => 'CNY']]);
$r = st_call($emu, 'POST', '/v3/refund/domestic/refunds', $refund);
check('refunds: create PROCESSING', $r['status'] === 200 && (st_json($r)['status'] ?? '') === 'PROCESSING' && st_verify($r, $plat) === null, $r);
$r = st_call($emu, 'GET', '/v3/refund/domestic/refunds/SELFTEST_NONE');
check('refunds: unknown 404 RESOURCE_NOT_EXISTS', $r['status'] === 404 && (st_json($r)['code'] ?? '') === 'RESOURCE_NOT_EXISTS', $r);
st_http($emu['base_uri'] . '__emulator/faults', 'POST', ['Content-Type' => 'application/json'], '{"fault":"status:503","path":"/v3/refund/"}');
$r = st_call($emu, 'GET', '/v3/refund/domestic/refunds/SELFTEST_R1');
check('faults: next answer 503', $r['status'] === 503 && (st_json($r)['code'] ?? '') === 'SERVICE_UNAVAILABLE', $r);
$r = st_call($emu, 'GET', '/v3/refund/domestic/refunds/SELFTEST_R1');
check('faults: then normal again', $r['status'] === 200 && st_verify($r, $plat) === null, $r);

// --- config helper -----------------------------------------------------------------------------------------
$cfg = wxp_config($emu, ['base_uri' => 'x']);
check('wxp_config', $cfg['mchid'] === '1900000001' && $cfg['serial'] === $keys['merchant_serial']
    && $cfg['privateKey'] === 'file://' . $keys['merchant_private_key']
    && $cfg['certs'] === [$keys['platform_serial'] => 'file://' . $keys['platform_cert']] && $cfg['base_uri'] === 'x', $cfg);
check('wxp_config base_uri', wxp_config($emu)['base_uri'] === $emu['base_uri']);

$ids = $GLOBALS['st']['request_ids'];
check('Request-ID unique per request', count($ids) > 50 && count(array_unique($ids)) === count($ids), count($ids));

printf("%d passed, %d failed\n", $GLOBALS['st']['pass'], $GLOBALS['st']['fail']);
exit($GLOBALS['st']['fail'] === 0 ? 0 : 1);
