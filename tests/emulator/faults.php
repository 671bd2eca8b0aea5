<?php
/**
 * /v3/emulator/fault/{name}: a 200 JSON answer {"fault":name} whose signature is broken in one way.
 * A correct client must refuse each of them, except edge-timestamp, edge-future-timestamp and empty-204.
 *
 *   bad-signature          valid Base64 RSA signature, but over other bytes
 *   stale-timestamp        Wechatpay-Timestamp now-301, correctly signed for it
 *   future-timestamp       now+301, correctly signed          (*)
 *   edge-timestamp         exactly now-300: must be ACCEPTED  (*)
 *   edge-future-timestamp  exactly now+300: must be accepted
 *   timestamp/{offset}     now+offset (offset may be negative), correctly signed (*)
 *   unknown-serial         Wechatpay-Serial UNKNOWN0000 (signed by the right key)
 *   missing-header/{name}  that header omitted: Wechatpay-Timestamp|-Nonce|-Signature|-Serial (or the part
 *                          after "Wechatpay-"), case-insensitive
 *   signtest               Wechatpay-Signature "WECHATPAY/SIGNTEST/" + Base64 junk (a probe, must fail)
 *   empty-204              204, empty body, correctly signed over "TIMESTAMP\nNONCE\n\n"
 *   garbage-signature      a signature that is not Base64
 *   body-tampered          signed over one body, another body of the same length sent
 *
 * (*) The client checks |its now - timestamp| <= 300 a moment after we computed now: across a second
 * boundary its now is one more. So these wait for the start of a fresh second before answering, which
 * leaves the client about 0.9 s to check (enough even under valgrind for a single verification).
 */

declare(strict_types=1);

function emu_fault(array $cfg, array $req, string $fault): void
{
    $body = emu_json(['fault' => $fault]);
    $o = [];
    if (preg_match('~^missing-header/(.+)$~i', $fault, $m)) {
        $name = rawurldecode($m[1]);
        $o['omit'] = [stripos($name, 'wechatpay-') === 0 ? $name : "Wechatpay-$name"];
    } elseif (preg_match('~^timestamp/(-?\d{1,9})$~', $fault, $m)) {
        emu_align_to_second();
        $o['timestamp'] = time() + (int) $m[1];
    } else {
        switch ($fault) {
            case 'bad-signature':
                $o['signed_body'] = $body . ' ';
                break;
            case 'stale-timestamp':
                $o['timestamp'] = time() - 301;
                break;
            case 'future-timestamp':
                emu_align_to_second();
                $o['timestamp'] = time() + 301;
                break;
            case 'edge-timestamp':
                emu_align_to_second();
                $o['timestamp'] = time() - 300;
                break;
            case 'edge-future-timestamp':
                $o['timestamp'] = time() + 300;
                break;
            case 'unknown-serial':
                $o['serial'] = 'UNKNOWN0000';
                break;
            case 'signtest':
                $o['signature'] = 'WECHATPAY/SIGNTEST/' . base64_encode(random_bytes(189));
                break;
            case 'empty-204':
                emu_send_signed($cfg, $req, 204, '');
                return;
            case 'garbage-signature':
                $o['signature'] = '!!not*base64%%' . bin2hex(random_bytes(8)) . '~~';
                break;
            case 'body-tampered':
                $o['signed_body'] = $body;
                $body = str_replace('"fault"', '"fauLt"', $body);
                break;
            default:
                emu_send_error($req, 404, 'RESOURCE_NOT_EXISTS', "no such fault: $fault");
                return;
        }
    }
    emu_send_signed($cfg, $req, 200, $body, $o);
}

/** Sleeps to just after the next second boundary, unless we are already within 100 ms of one. */
function emu_align_to_second(): void
{
    $t = microtime(true);
    $frac = $t - floor($t);
    if ($frac > 0.1) {
        usleep((int) ((1.0 - $frac) * 1e6) + 3000);
    }
}
