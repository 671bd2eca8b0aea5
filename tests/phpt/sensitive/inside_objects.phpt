--TEST--
Sensitive: values inside other objects of the json (a stdClass, a JsonSerializable) are found in the encoded body: the call gets their Wechatpay-Serial, and the same refusals hold
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php require __DIR__ . '/../../inc/skipif.inc'; wxp_skip_unless('extension', 'emulator'); ?>
--FILE--
<?php
require __DIR__ . '/../../inc/server.inc';
$emu = wxp_emulator_start();
$k = $emu['keys'];
$platform = WeChatPay\Builder::factory(wxp_config($emu));
$pubkey = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [$k['pubkey_id'] => 'file://' . $k['pubkey_public_key']]]));
$both = WeChatPay\Builder::factory(wxp_config($emu, ['certs' => [$k['platform_serial'] => 'file://' . $k['platform_cert'], $k['pubkey_id'] => 'file://' . $k['pubkey_public_key']]]));
$wrap = new class(WeChatPay\Sensitive::encrypt($platform, 'wrapped')) implements JsonSerializable {
    public function __construct(private WeChatPay\Sensitive $s) {}
    public function jsonSerialize(): mixed { return ['inner' => $this->s]; }
};
$r = $platform->v3->emulator->sensitive->post(['json' => ['a' => (object) ['b' => WeChatPay\Sensitive::encrypt($platform, 'in stdClass')], 'w' => $wrap]]);
$answer = json_decode((string) $r->getBody(), true);
var_dump($answer['serial'] === $k['platform_serial'], $answer['decrypted']);
foreach ([
    'foreign in stdClass' => [$platform, 'json' => (object) ['a' => WeChatPay\Sensitive::encrypt($pubkey, 'x')]],
    'mixed: array and JsonSerializable' => [$both, 'json' => ['a' => WeChatPay\Sensitive::encrypt($both, 'x'), 'w' => new class(WeChatPay\Sensitive::encrypt($platform, 'y')) implements JsonSerializable {
        public function __construct(private WeChatPay\Sensitive $s) {}
        public function jsonSerialize(): mixed { return $this->s; }
    }]],
] as $what => $options) {
    try {
        $client = array_shift($options);
        $client->v3->emulator->sensitive->post($options);
        echo "$what: sent\n";
    } catch (WeChatPay\Exception\InvalidArgumentException $e) {
        echo "$what: ", substr(strtr($e->getMessage(), [$k["platform_serial"] => "PLATFORM", $k["pubkey_id"] => "PUBKEY"]), 0, 90), "\n";
    }
}
var_dump(count(wxp_emulator_requests($emu)));
?>
--EXPECT--
bool(true)
array(2) {
  ["a.b"]=>
  string(11) "in stdClass"
  ["w.inner"]=>
  string(7) "wrapped"
}
foreign in stdClass: A Sensitive value was encrypted under PUBKEY, a key this client does not hold (in config '
mixed: array and JsonSerializable: The call carries Sensitive values encrypted under different keys (PLATFORM and PUBKEY), an
int(1)
