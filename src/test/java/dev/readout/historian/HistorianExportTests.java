package dev.readout.historian;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import dev.readout.PageTest;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static dev.readout.SignedIn.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The Historian's records go back out in the Historian's format: valid against its own
 * RELAX NG schemas (which the published files, with their empty modification times, are
 * not), and imported again without a change.
 */
@PageTest
@Transactional
class HistorianExportTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void exportsTripsAndVisitsThatValidateAgainstTheHistoriansSchemasAndImportUnchanged() throws Exception {
		assertThat(this.mvc.post().uri("/admin/import/historian/shipped").with(csrf()).with(analyst())).hasStatus(302);

		byte[] trips = download("/exports/historian-trips.xml");
		byte[] visits = download("/exports/historian-visits.xml");
		assertThat(schemaErrors("travels/schema/trips.rnc", trips)).isEmpty();
		assertThat(schemaErrors("visits/schema/visits.rnc", visits)).isEmpty();
		assertThat(new String(trips)).contains("<trip role=\"secretary\" who=\"blinken-antony-j\">", "<id>4145</id>",
				"<remarks>Met with President Xi Jinping and Foreign Minister Qin Gang.</remarks>");
		assertThat(new String(trips).split("<trip ", -1)).hasSize(66 + 1);
		assertThat(new String(visits).split("<visit>", -1)).hasSize(31 + 1);

		MvcTestResult again = this.mvc.post()
			.uri("/admin/import/historian")
			.multipart()
			.file(new MockMultipartFile("files", "trips.xml", "application/xml", trips))
			.file(new MockMultipartFile("files", "visits.xml", "application/xml", visits))
			.with(csrf())
			.with(analyst())
			.exchange();
		ImportReport report = (ImportReport) again.getMvcResult().getFlashMap().get("report");
		assertThat(report.read()).isEqualTo(97);
		assertThat(report.unchanged()).isEqualTo(97);
		assertThat(report.changed()).isEmpty();
	}

	@Test
	void theSchemaCheckFailsOnAFileThatBreaksIt() throws Exception {
		byte[] broken = """
				<trips><trip role="secretary" who="x"><id>not a number</id></trip></trips>""".getBytes();
		assertThat(schemaErrors("travels/schema/trips.rnc", broken)).isNotEmpty();
	}

	private byte[] download(String address) {
		MvcTestResult result = this.mvc.get().uri(address).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/xml;charset=UTF-8");
		return result.getResponse().getContentAsByteArray();
	}

	private static List<String> schemaErrors(String schema, byte[] document) throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandler collect = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ": " + ex.getMessage());
			}
		};
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, collect);
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		assertThat(driver.loadSchema(
				new InputSource(HistorianExportTests.class.getResource("/historian/" + schema).toExternalForm())))
			.isTrue();
		driver.validate(new InputSource(new ByteArrayInputStream(document)));
		return errors;
	}

}
