<?php
/** The request as the emulator sees it, and the ways it answers. */

declare(strict_types=1);

const EMU_JSON = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE;

/**
 * The current request: method, uri (REQUEST_URI exactly as sent, what the client signed), path (raw, still
 * percent-encoded), query ($_GET), headers (lower-case name => value; PHP's server joins repeated headers
 * with ", "), body (raw bytes), request_id (unique, sent back as Request-ID and logged).
 */
function emu_request(): array
{
    $uri = $_SERVER['REQUEST_URI'];
    $headers = [];
    foreach (getallheaders() as $name => $value) {
        $headers[strtolower((string) $name)] = (string) $value;
    }
    return [
        'method' => $_SERVER['REQUEST_METHOD'],
        'uri' => $uri,
        'path' => explode('?', $uri, 2)[0],
        'query' => $_GET,
        'headers' => $headers,
        'body' => (string) file_get_contents('php://input'),
        'request_id' => emu_request_id(),
    ];
}

/** Shaped like the real ones (upper-case hex, "-0" suffix); unique per request. */
function emu_request_id(): string
{
    return strtoupper(bin2hex(random_bytes(20))) . '-0';
}

/**
 * Sends a response: status, Request-ID, $headers, then $body. Content-Length is explicit (PHP's server
 * would otherwise just close), and no Content-Type is sent unless given (204 gets none).
 */
function emu_send(array $req, int $status, string $body, array $headers = []): void
{
    http_response_code($status);
    header_remove('X-Powered-By');
    header('Request-ID: ' . $req['request_id']);
    foreach ($headers as $name => $value) {
        header("$name: $value");
    }
    if ($status !== 204 && $status !== 304) {
        header('Content-Length: ' . strlen($body));
        echo $body;
    }
}

function emu_json(mixed $data): string
{
    return json_encode($data, EMU_JSON | JSON_THROW_ON_ERROR);
}

/** An unsigned error answer, as the real API: {"code","message"[,"detail"]}, no Wechatpay-* headers. */
function emu_send_error(array $req, int $status, string $code, string $message, ?array $detail = null): void
{
    $body = ['code' => $code, 'message' => $message];
    if ($detail !== null) {
        $body['detail'] = $detail;
    }
    emu_send($req, $status, emu_json($body), ['Content-Type' => 'application/json; charset=utf-8']);
}

/** A PARAM_ERROR about one field of the JSON body. */
function emu_send_param_error(array $req, string $field, mixed $value, string $issue): void
{
    emu_send_error($req, 400, 'PARAM_ERROR', "invalid request parameter $field: $issue",
        ['field' => $field, 'value' => $value, 'issue' => $issue, 'location' => 'body']);
}
