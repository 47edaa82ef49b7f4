-- setup: @app
-- expect: none
COMMENT ON TABLE alerts IS 'customer_subscription_billing_cycle_adjustments_for_enterprise_plans_and_more';
