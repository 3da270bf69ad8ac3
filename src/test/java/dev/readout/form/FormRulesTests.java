package dev.readout.form;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.readout.ApplicationMessages;
import dev.readout.vocabulary.Attribution;
import dev.readout.vocabulary.StatementKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.MessageSourceResourceBundleLocator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules forms share, checked as Bean Validation runs them on a form: dates that exist
 * and have come (by the validator's clock), with the message an analyst reads next to the
 * field; whose claim a fact is.
 */
class FormRulesTests {

	/** 19 June 2023, the second day of the Secretary's visit, in Beijing's afternoon. */
	private static final Clock DURING_THE_VISIT = Clock.fixed(Instant.parse("2023-06-19T08:00:00Z"), ZoneOffset.UTC);

	private final ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
		.configure()
		.defaultLocale(Locale.UK)
		.clockProvider(() -> DURING_THE_VISIT)
		.messageInterpolator(new ResourceBundleMessageInterpolator(
				new MessageSourceResourceBundleLocator(ApplicationMessages.load())))
		.buildValidatorFactory();

	private final Validator validator = this.factory.getValidator();

	record PublishedOn(@CalendarDate @NotAfterToday String date) {
	}

	@AfterEach
	void close() {
		this.factory.close();
	}

	private Set<String> messages(String date) {
		return this.validator.validate(new PublishedOn(date))
			.stream()
			.map(ConstraintViolation::getMessage)
			.collect(Collectors.toSet());
	}

	@Test
	void takesADayThatExistsAndHasCome() {
		assertThat(messages("2023-06-19")).isEmpty();
		assertThat(messages("2023-06-18")).isEmpty();
		assertThat(messages("")).as("blank is left to @NotBlank").isEmpty();
		assertThat(messages(null)).isEmpty();
	}

	@Test
	void refusesADayThatDoesNotExistSayingHowToWriteOne() {
		assertThat(messages("2023-02-30"))
			.containsExactly("Enter a date that exists, as year-month-day (e.g. 2023-06-19).");
		assertThat(messages("19/06/2023")).hasSize(1);
	}

	@Test
	void refusesADayThatHasNotComeByTheValidatorsClock() {
		assertThat(messages("2023-06-21"))
			.containsExactly("This date has not come yet: a statement or article cannot be published in the future.");
	}

	/**
	 * The day after the server's has begun east of it: a readout Beijing published after
	 * midnight there, while it is still the day before in UTC, is dated as Beijing dates
	 * it. The same rule as for a contact held.
	 */
	@Test
	void takesTheDayAfterTheServersAsItHasBegunEastward() {
		assertThat(messages("2023-06-20")).isEmpty();
		assertThat(Today.hasBegun(LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 19))).isTrue();
		assertThat(Today.hasBegun(LocalDate.of(2023, 6, 21), LocalDate.of(2023, 6, 19))).isFalse();
	}

	@Test
	void aClaimNeedsSomeoneWhoMadeItAndWords() {
		assertThat(rejected(new ClaimForm("", StatementKind.READOUT))).containsExactly("claim.claimedBy.required");
		assertThat(rejected(new ClaimForm("Wang Yi", StatementKind.NO_READOUT)))
			.containsExactly("claim.claimedIn.wordless");
		assertThat(rejected(new ClaimForm("Wang Yi", StatementKind.READOUT))).isEmpty();
		assertThat(rejected(ClaimForm.none())).as("the source's own voice").isEmpty();
	}

	@Test
	void aClaimInTheSourcesOwnVoiceIsNoAttribution() {
		assertThat(ClaimForm.none().toAttribution()).isEqualTo(Attribution.NONE);
		assertThat(new ClaimForm("  ", StatementKind.READOUT).toAttribution()).isEqualTo(Attribution.NONE);
		assertThat(new ClaimForm(" Blinken ", StatementKind.REMARKS).toAttribution())
			.isEqualTo(new Attribution("Blinken", StatementKind.REMARKS));
		assertThat(ClaimForm.from(new Attribution("Blinken", StatementKind.REMARKS)))
			.isEqualTo(new ClaimForm("Blinken", StatementKind.REMARKS));
	}

	private static List<String> rejected(ClaimForm claim) {
		Errors errors = new BeanPropertyBindingResult(new Holder(claim), "form");
		claim.rejectIfUnclaimed(errors, "claim");
		return errors.getFieldErrors().stream().map(FieldError::getCode).toList();
	}

	/** A form that holds a claim, as the readout and agreement forms do. */
	public record Holder(ClaimForm claim) {
	}

}
