package org.sinosoviet.timeline.web;

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
 * The text shows something when printed: it is not made only of spaces of any kind (the no-break space
 * among them), invisible formatting characters (zero-width space, byte-order mark) and control characters,
 * which {@code @NotBlank} lets through. {@code null} is left to {@code @NotNull} or {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = VisibleText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

	String message() default "must contain a visible character";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks that at least one character is neither a space, a formatting character nor a control. */
	class Validator implements ConstraintValidator<VisibleText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.codePoints().anyMatch(Validator::isVisible);
		}

		private static boolean isVisible(int codePoint) {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				return false;
			}
			int type = Character.getType(codePoint);
			return type != Character.FORMAT && type != Character.CONTROL && type != Character.SURROGATE
					&& type != Character.UNASSIGNED;
		}

	}

}
