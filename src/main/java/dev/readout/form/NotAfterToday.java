package dev.readout.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date typed into a form (yyyy-mm-dd) that has already come: nothing is published
 * tomorrow. Today is read from the validator's clock, and the day after it has begun east
 * of the server (see {@link Today#hasBegun}). Blank and unreadable dates are left to
 * {@code @NotBlank} and {@link CalendarDate}.
 */
@Documented
@Constraint(validatedBy = NotAfterToday.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAfterToday {

	String message() default "{validation.date.future}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NotAfterToday, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			LocalDate date = FormText.date(value);
			return date == null || Today.hasBegun(date, LocalDate.now(context.getClockProvider().getClock()));
		}

	}

}
