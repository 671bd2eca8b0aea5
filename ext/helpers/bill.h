/* WeChatPay\Bill (bill.stub.php): a bill downloaded as it streams, gunzipped and checked against its SHA-1. */
#ifndef WECHATPAY_BILL_H
#define WECHATPAY_BILL_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Bill;

/* Registers WeChatPay\Bill; called once from MINIT. */
zend_result php_wechatpay_bill_minit(INIT_FUNC_ARGS);

#endif
