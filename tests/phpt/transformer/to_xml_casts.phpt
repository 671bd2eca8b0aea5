--TEST--
Transformer::toXml(): every value that is no array or Traversable is written as `(string) $value`, as the package does ('total_fee' => 100), under the caller's strict_types too
--EXTENSIONS--
wechatpay
--FILE--
<?php
declare(strict_types=1);

use WeChatPay\Transformer;

$stringable = new class {
    public function __toString(): string
    {
        return 'a<b';
    }
};
$file = fopen('php://memory', 'r');
echo Transformer::toXml([
    'total_fee' => 100, 'zero' => 0, 'negative' => -1, 'big' => PHP_INT_MAX,
    'half' => 1.5, 'sum' => 0.1 + 0.2, 'huge' => 1e100, 'tiny' => -0.0, 'inf' => INF, 'nan' => NAN,
    'yes' => true, 'no' => false, 'nothing' => null, 'stringable' => $stringable,
    'nested' => ['fee' => 1, 'flag' => true, 3 => 2.5],
]), "\n";
// a float is cast under the precision INI, as (string) does
ini_set('precision', '17');
echo Transformer::toXml(['sum' => 0.1 + 0.2]), "\n";
// a resource becomes "Resource id #N", as (string) makes it
var_dump(Transformer::toXml(['r' => $file]) === '<xml><r>Resource id #' . get_resource_id($file) . '</r></xml>');
?>
--EXPECT--
<xml><total_fee>100</total_fee><zero>0</zero><negative>-1</negative><big>9223372036854775807</big><half>1.5</half><sum>0.3</sum><huge>1.0E+100</huge><tiny>-0</tiny><inf>INF</inf><nan>NAN</nan><yes>1</yes><no></no><nothing></nothing><stringable><![CDATA[a<b]]></stringable><nested><fee>1</fee><flag>1</flag><item>2.5</item></nested></xml>
<xml><sum>0.30000000000000004</sum></xml>
bool(true)
