package dev.readout.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.readout.PageTest;
import dev.readout.SeededRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record as FollowTheMoney entities, checked against the rules of the FollowTheMoney
 * schemata it uses (Person, Event and Document, with what they inherit from Thing,
 * LegalEntity and Interval): only their properties, each value of its property's type,
 * the required name present, and every entity reference pointing at an entity of the
 * range in the same file.
 */
@PageTest
@Transactional
class FollowTheMoneyTests {

	/**
	 * The properties of each schema and their types, as the FollowTheMoney schemata
	 * define them.
	 */
	private static final Map<String, Map<String, String>> SCHEMATA = Map.of("Person",
			Map.of("name", "name", "alias", "name", "nationality", "country", "position", "string", "wikidataId", "qid",
					"country", "country", "sourceUrl", "url", "notes", "text"),
			"Event",
			Map.of("name", "name", "startDate", "date", "endDate", "date", "date", "date", "summary", "text",
					"location", "address", "country", "country", "involved", "entity:Person", "proof",
					"entity:Document", "notes", "text"),
			"Document", Map.of("name", "name", "title", "string", "fileName", "string", "publisher", "string",
					"sourceUrl", "url", "publishedAt", "date", "notes", "text"));

	/** Every schema requires a name (Thing); a Document also its file name. */
	private static final Map<String, List<String>> REQUIRED = Map.of("Person", List.of("name"), "Event",
			List.of("name"), "Document", List.of("name", "fileName"));

	private static final Map<String, Pattern> TYPES = Map.of("date", Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?"),
			"country", Pattern.compile("[a-z]{2}"), "qid", Pattern.compile("Q[1-9]\\d*"), "url",
			Pattern.compile("https?://\\S+"));

	@Autowired
	SeededRecord seeded;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void exportsOfficialsContactsAndSourcesAsValidFollowTheMoneyEntities() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/exports/followthemoney.jsonl").exchange();
		assertThat(result).hasStatusOk().hasContentType("application/x-ndjson;charset=UTF-8");
		List<JsonNode> entities = result.getResponse().getContentAsString().lines().map(this.json::readTree).toList();

		assertThat(violations(entities)).isEmpty();
		assertThat(entities).extracting(entity -> entity.path("schema").asString())
			.contains("Person", "Event", "Document");
		JsonNode xiMeeting = entity(entities, "readout-meeting-" + this.seeded.xiMeeting());
		assertThat(xiMeeting.path("properties").path("startDate").get(0).asString()).isEqualTo("2023-06-19");
		assertThat(xiMeeting.path("properties").path("involved").toString()).contains(
				"readout-official-" + this.seeded.official("Xi Jinping"),
				"readout-official-" + this.seeded.official("Antony J. Blinken"));
		assertThat(xiMeeting.path("properties").path("location").get(0).asString()).isEqualTo("Beijing, China");
		assertThat(xiMeeting.path("properties").path("proof").size()).isPositive();
		JsonNode xi = entity(entities, "readout-official-" + this.seeded.official("Xi Jinping"));
		assertThat(xi.path("properties").path("alias").get(0).asString()).isEqualTo("习近平");
		assertThat(xi.path("properties").path("nationality").get(0).asString()).isEqualTo("cn");
		// A month-precise date stays at the month.
		assertThat(entity(entities, "readout-meeting-" + this.seeded.viennaTalks()).path("properties")
			.path("startDate")
			.get(0)
			.asString()).isEqualTo("2023-05");
	}

	@Test
	void theRulesFindAnEntityThatBreaksThem() {
		JsonNode broken = this.json.readTree("""
				{"id": "e", "schema": "Event", "properties": {"startDate": ["19 June"], "involved": ["nobody"],
				 "colour": ["red"]}}""");
		assertThat(violations(List.of(broken))).containsExactlyInAnyOrder("e: no name", "e: startDate = 19 June",
				"e: involved = nobody", "e: Event has no property colour");
	}

	private static List<String> violations(List<JsonNode> entities) {
		Map<String, String> schemaOf = new HashMap<>();
		entities.forEach(entity -> schemaOf.put(entity.path("id").asString(), entity.path("schema").asString()));
		List<String> violations = new ArrayList<>();
		for (JsonNode entity : entities) {
			String id = entity.path("id").asString();
			Map<String, String> properties = SCHEMATA.get(entity.path("schema").asString());
			if (properties == null) {
				violations.add(id + ": unknown schema");
				continue;
			}
			for (String required : REQUIRED.get(entity.path("schema").asString())) {
				if (!entity.path("properties").has(required)) {
					violations.add(id + ": no " + required);
				}
			}
			for (Map.Entry<String, JsonNode> property : entity.path("properties").properties()) {
				String type = properties.get(property.getKey());
				if (type == null) {
					violations
						.add(id + ": " + entity.path("schema").asString() + " has no property " + property.getKey());
					continue;
				}
				for (JsonNode value : property.getValue()) {
					String text = value.asString();
					boolean valid = type.startsWith("entity:")
							? type.substring("entity:".length()).equals(schemaOf.get(text))
							: !TYPES.containsKey(type) || TYPES.get(type).matcher(text).matches();
					if (!valid || text.isBlank()) {
						violations.add(id + ": " + property.getKey() + " = " + text);
					}
				}
			}
		}
		return violations;
	}

	private static JsonNode entity(List<JsonNode> entities, String id) {
		return entities.stream().filter(entity -> entity.path("id").asString().equals(id)).findFirst().orElseThrow();
	}

}
