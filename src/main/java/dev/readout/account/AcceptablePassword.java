package dev.readout.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A new password that meets the {@link PasswordPolicy}. */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface AcceptablePassword {

	String message() default "{account.password.tooShort}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Says which rule the password breaks, in the analyst's words. */
	class Validator implements ConstraintValidator<AcceptablePassword, String> {

		private final PasswordPolicy policy;

		Validator(PasswordPolicy policy) {
			this.policy = policy;
		}

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			String problem = this.policy.problemWith(password);
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
			return false;
		}

	}

}
