<?php
/**
 * APIv2's wire format: flat `<xml><name>value</name>...</xml>` documents and the MD5 / HMAC-SHA256 sign.
 * `php -n` has no SimpleXML or XMLWriter, so both directions are done here, for the flat documents APIv2 uses.
 */

declare(strict_types=1);

const EMU_V2_MD5 = 'MD5';
const EMU_V2_HMAC = 'HMAC-SHA256';

/**
 * Parses an APIv2 XML body into [name => value], in document order, or returns null when it is not one:
 * an optional `<?xml ...?>` declaration, then `<xml>` holding elements whose text may be CDATA, entity-escaped
 * text or both. An element holding elements keeps its inner XML as its value (APIv2 nests nothing it signs).
 */
function emu_v2_xml_parse(string $xml): ?array
{
    $xml = preg_replace('~^\x{FEFF}?\s*(?:<\?xml[^>]*\?>\s*)?~u', '', $xml) ?? '';
    if (!preg_match('~^<xml>(.*)</xml>\s*$~s', $xml, $m)) {
        return null;
    }
    $inner = $m[1];
    $out = [];
    $at = 0;
    $name = '[A-Za-z_][\w.:-]*';
    while (preg_match("~\\G\\s*(?:<($name)\\s*/>|<($name)>(.*?)</\\2>)~s", $inner, $e, 0, $at)) {
        $at += strlen($e[0]);
        if ($e[1] !== '') {
            $out[$e[1]] = '';
            continue;
        }
        $out[$e[2]] = emu_v2_xml_text($e[3]);
    }
    return trim(substr($inner, $at)) === '' ? $out : null;
}

/** The text of an element: CDATA sections verbatim, the rest entity-decoded; nested markup kept as is. */
function emu_v2_xml_text(string $raw): string
{
    if (!preg_match('~^(?:<!\[CDATA\[.*?\]\]>|[^<])*$~s', $raw)) {
        return $raw;
    }
    $parts = preg_split('~(<!\[CDATA\[.*?\]\]>)~s', $raw, -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY);
    $text = '';
    foreach ($parts as $p) {
        $text .= str_starts_with($p, '<![CDATA[') ? substr($p, 9, -3)
            : html_entity_decode($p, ENT_QUOTES | ENT_XML1, 'UTF-8');
    }
    return $text;
}

/** `<xml>` with one element per field; digits as plain text, anything else in CDATA, as WeChat Pay writes. */
function emu_v2_xml_build(array $fields): string
{
    $xml = '<xml>';
    foreach ($fields as $k => $v) {
        $v = (string) $v;
        $xml .= "<$k>" . (preg_match('~^\d+$~', $v) ? $v : '<![CDATA[' . str_replace(']]>', ']]]]><![CDATA[>', $v) . ']]>')
            . "</$k>";
    }
    return $xml . '</xml>';
}

/**
 * The APIv2 sign of $data: fields sorted by name (byte order), `sign` and empty values left out, joined as
 * k=v&k=v, then "&key=SECRET"; MD5 of that, or HMAC-SHA256 keyed with the secret; upper-case hex.
 * Returns null for an unknown sign type.
 */
function emu_v2_sign(array $data, string $type, #[SensitiveParameter] string $secret): ?string
{
    ksort($data, SORT_STRING);
    $pairs = [];
    foreach ($data as $k => $v) {
        if ($k !== 'sign' && $v !== null && $v !== '') {
            $pairs[] = "$k=$v";
        }
    }
    $message = implode('&', $pairs) . '&key=' . $secret;
    return match ($type) {
        EMU_V2_MD5 => strtoupper(md5($message)),
        EMU_V2_HMAC => strtoupper(hash_hmac('sha256', $message, $secret)),
        default => null,
    };
}

/**
 * A query string as APIv2 GET requests carry their data, split without PHP's renaming of `.` and spaces in
 * names ($_GET would): [name => value], both percent-decoded (`+` is a space).
 */
function emu_v2_query_parse(string $query): array
{
    $out = [];
    foreach (explode('&', $query) as $pair) {
        if ($pair === '') {
            continue;
        }
        [$k, $v] = explode('=', $pair, 2) + [1 => ''];
        $out[urldecode($k)] = urldecode($v);
    }
    return $out;
}
