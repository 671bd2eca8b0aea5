<?php
/**
 * Complaint images:
 *   GET /v3/merchant-service/images/<anything>
 *       200 UNSIGNED (by design, as the real download): a few JPEG bytes. Like a file store behind a front end,
 *       it answers whatever follows the prefix, so a request whose path only looks like an image download
 *       (`images/%2e%2e/%2e%2e/v3/...`, `images/a%2Fb`) gets an unsigned 200 too: what a client must not take
 *       as a verified answer of another API.
 */

declare(strict_types=1);

function emu_complaint_image(array $cfg, array $req): void
{
    emu_send($req, 200, "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00" . $req['path'], ['Content-Type' => 'image/jpeg']);
}
