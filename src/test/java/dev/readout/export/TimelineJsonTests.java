package dev.readout.export;

import java.nio.charset.StandardCharsets;

import dev.readout.PageTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON export, parsed back and compared with the record. */
@PageTest
@Transactional
class TimelineJsonTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void exportsEveryMeetingWithItsDateAtItsPrecisionAndItsParticipantsTitlesThen() {
		MvcTestResult result = this.mvc.get().uri("/timeline.json?order=OLDEST").exchange();
		assertThat(result).hasStatusOk().hasContentType("application/json;charset=UTF-8");
		JsonNode meetings = this.json
			.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));

		assertThat(meetings.size())
			.isEqualTo(this.jdbc.sql("select count(*) from meeting").query(Integer.class).single());
		assertThat(meetings.get(0).get("title").asString()).isEqualTo("Biden – Xi Jinping meeting in Bali");

		JsonNode xi = find(meetings, "Blinken – Xi Jinping meeting");
		assertThat(xi.get("date").asString()).isEqualTo("2023-06-19");
		assertThat(xi.get("precision").asString()).isEqualTo("day");
		assertThat(xi.get("localTime").asString()).isEqualTo("16:30");
		assertThat(xi.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(xi.get("utcStart").asString()).isEqualTo("2023-06-19T08:30Z");
		JsonNode host = xi.get("participants").get(1);
		assertThat(host.get("nativeName").asString()).isEqualTo("习近平");
		assertThat(host.get("titles").get(0).asString()).isEqualTo("President of the People's Republic of China");
		assertThat(xi.get("readouts").get("US").asLong()).isZero();
		assertThat(xi.get("agreements").asLong()).isEqualTo(2);

		JsonNode vienna = find(meetings, "Sullivan – Wang Yi talks in Vienna");
		assertThat(vienna.get("date").asString()).isEqualTo("2023-05");
		assertThat(vienna.get("precision").asString()).isEqualTo("month");
		assertThat(vienna.get("topics").toString()).isEqualTo("[\"Russia's war in Ukraine\",\"Taiwan\"]");
		assertThat(vienna.get("spanDays").asInt()).isEqualTo(2);
		assertThat(find(meetings, "Blinken – Qin Gang talks").get("durationMinutes").asInt()).isEqualTo(450);
		assertThat(find(meetings, "Yellen visit to Beijing (expected)").get("expectedAfter").asString())
			.isEqualTo("2023-06-19");
		assertThat(xi.get("endDate").isNull()).isTrue();
	}

	private static JsonNode find(JsonNode meetings, String title) {
		for (JsonNode meeting : meetings) {
			if (meeting.get("title").asString().equals(title)) {
				return meeting;
			}
		}
		throw new AssertionError("No meeting " + title);
	}

}
