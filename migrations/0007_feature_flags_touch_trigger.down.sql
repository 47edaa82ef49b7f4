DROP TRIGGER feature_flags_touch ON feature_flags;
DROP FUNCTION touch_updated_at();
