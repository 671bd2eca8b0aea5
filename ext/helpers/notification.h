/* WeChatPay\Notification (notification.stub.php): callbacks verified and decrypted in one call. */
#ifndef WECHATPAY_NOTIFICATION_H
#define WECHATPAY_NOTIFICATION_H

#include "php.h"

extern zend_class_entry *wechatpay_ce_Notification;
extern zend_class_entry *wechatpay_ce_Exception_NotificationException;

/* Registers WeChatPay\Notification and WeChatPay\Exception\NotificationException. Called from MINIT. */
zend_result php_wechatpay_notification_minit(INIT_FUNC_ARGS);

#endif
