package dev.readout.form;

import dev.readout.vocabulary.PartialDate;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form field holding a date at the precision the analyst knows it: {@code 2023-06-19},
 * {@code 2023-05} or {@code 2023}. Blank is valid: combine with {@code @NotBlank} where a
 * date is required.
 */
@Documented
@Constraint(validatedBy = DateAtPrecision.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface DateAtPrecision {

	String message() default "{validation.dateAtPrecision}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<DateAtPrecision, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (!FormText.hasText(value)) {
				return true;
			}
			try {
				PartialDate.parse(value);
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}

	}

}
