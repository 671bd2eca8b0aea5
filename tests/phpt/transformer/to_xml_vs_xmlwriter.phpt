--TEST--
Transformer::toXml(): the same bytes as PHP's XMLWriter driven the way the package drives it, over 2000 generated arrays (values cast with (string), as the package casts them)
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php if (!class_exists('XMLWriter')) die('skip ext/xmlwriter not loaded'); ?>
--FILE--
<?php
/** XMLWriter as the package uses it: start/end per entry, (string) of each value, CDATA for text with any of <>&", text() otherwise. */
function reference(array $data, bool $headless, bool $indent, string $root, string $item): string
{
    $w = new XMLWriter();
    $w->openMemory();
    $w->setIndent($indent);
    $headless || $w->startDocument('1.0', 'utf-8');
    $w->startElement($root);
    reference_walk($w, $data, $item);
    $w->endElement();
    $headless || $w->endDocument();
    return $w->outputMemory();
}

function reference_walk(XMLWriter $w, array $data, string $item): void
{
    foreach ($data as $key => $value) {
        $named = is_string($key) && $key !== '' && !str_contains($key, ' ') && preg_match('#^[\pL_][\pL0-9._:-]*$#ui', $key);
        $w->startElement($named ? $key : $item);
        if (is_array($value)) {
            reference_walk($w, $value, $item);
        } elseif (($text = (string) $value) !== '' && $text !== '0' && preg_match('#[>&"<]#', $text)) {
            $w->writeCdata($text);
        } else {
            $w->text($text);
        }
        $w->endElement();
    }
}

function generate(int $depth): array
{
    static $keys = ['appid', 'mch_id', 'a', 'B_c', 'x.y', 'a:b', '中文', 'x y', '1a', '', '-k', 'item', 'Ü'];
    static $texts = ['', '0', '1', 'plain', 'a<b', 'x>y', 'a&b', '"q"', "'", "cr\rlf\n", 'a]]>b&', '支付', "\t sp ", '&amp;',
                     100, 0, -7, 1.5, 0.1 + 0.2, 1e100, true, false, null];
    $out = [];
    for ($i = 0, $n = mt_rand(0, 5); $i < $n; $i++) {
        $key = mt_rand(0, 4) === 0 ? mt_rand(0, 9) : $keys[mt_rand(0, count($keys) - 1)];
        $out[$key] = $depth > 0 && mt_rand(0, 3) === 0 ? generate($depth - 1) : $texts[mt_rand(0, count($texts) - 1)];
    }
    return $out;
}

mt_srand(20240601);
$diffs = 0;
for ($i = 0; $i < 2000; $i++) {
    $data = generate(3);
    $args = [$data, (bool) mt_rand(0, 1), (bool) mt_rand(0, 1), ['xml', 'root', 'qqpay'][mt_rand(0, 2)], ['item', 'row'][mt_rand(0, 1)]];
    if (WeChatPay\Transformer::toXml(...$args) !== reference(...$args)) {
        $diffs++;
        if ($diffs <= 3) {
            var_dump($args, WeChatPay\Transformer::toXml(...$args), reference(...$args));
        }
    }
}
echo "$diffs differences\n";
?>
--EXPECT--
0 differences
