package dev.readout.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.readout.ApplicationMessages;
import dev.readout.channel.ChannelStatusForm;
import dev.readout.meeting.MeetingForm;
import dev.readout.official.OfficialForm;
import dev.readout.readout.ReadoutForm;
import dev.readout.source.SourceForm;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field the audit trail can name is shown by its label, on a record's history and
 * in the audit log, never by the name it has in the code ("claimedBy").
 */
class AuditedFieldLabelsTests {

	/**
	 * The forms whose values the editors keep in the audit trail, before and after, but
	 * for the fields it ignores.
	 */
	private static final List<Class<? extends Record>> AUDITED_FORMS = List.of(MeetingForm.class, ReadoutForm.class,
			OfficialForm.class, SourceForm.class, ChannelStatusForm.class);

	/**
	 * The fields of what is audited without a form: an agreement with its latest status,
	 * an account, an API token, a source's independence and a passage cited from it.
	 */
	private static final List<String> AUDITED_OTHERWISE = List.of("description", "status", "changedOn", "note",
			"claimedBy", "claimedIn", "username", "displayName", "role", "enabled", "password", "name", "independentOf",
			"passage", "citedBy");

	private final MessageSource messages = ApplicationMessages.load();

	@Test
	void everyAuditedFieldHasALabel() {
		List<String> fields = new ArrayList<>(AUDITED_OTHERWISE);
		AUDITED_FORMS.stream()
			.flatMap(form -> Stream.of(form.getRecordComponents()))
			.filter(field -> !field.getAccessor().isAnnotationPresent(JsonIgnore.class))
			.map(RecordComponent::getName)
			.forEach(fields::add);

		assertThat(fields.stream().distinct())
			.filteredOn(field -> this.messages.getMessage("history.field." + field, null, null, Locale.UK) == null)
			.as("fields without a label (history.field.*)")
			.isEmpty();
	}

}
