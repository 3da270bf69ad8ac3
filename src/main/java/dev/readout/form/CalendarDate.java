package dev.readout.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form field holding a date as typed (yyyy-mm-dd) that must be a day that exists. Forms
 * keep dates as text so a mistyped date comes back to the analyst as they typed it, with
 * a message, instead of vanishing. Blank is valid: combine with {@code @NotBlank} where a
 * date is required.
 */
@Documented
@Constraint(validatedBy = CalendarDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface CalendarDate {

	String message() default "{validation.date}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CalendarDate, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return !FormText.hasText(value) || FormText.date(value) != null;
		}

	}

}
