-- expect: none
CREATE TABLE customer_subscription_billing_cycle_adjustments_for_enterprise (id bigint PRIMARY KEY);
