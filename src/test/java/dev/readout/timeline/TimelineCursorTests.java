package dev.readout.timeline;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TimelineCursorTests {

	@Test
	void survivesTheRoundTripThroughALink() {
		TimelineCursor cursor = new TimelineCursor(LocalDateTime.of(2023, 6, 19, 16, 30), 3);
		assertThat(cursor.toString()).isEqualTo("2023-06-19T16:30_3");
		assertThat(TimelineCursor.valueOf(cursor.toString())).isEqualTo(cursor);
	}

	@Test
	void refusesWhatIsNotAPosition() {
		assertThatIllegalArgumentException().isThrownBy(() -> TimelineCursor.valueOf("yesterday"));
		assertThatIllegalArgumentException().isThrownBy(() -> TimelineCursor.valueOf("2023-06-19T16:30_x"));
	}

}
