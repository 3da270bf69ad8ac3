package dev.readout.historian;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.readout.historian.HistorianEntry.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading the Historian's files and writing them back, on small files written here: what
 * is read, what is refused with its line and reason, and that markup in a record stays
 * text both ways.
 */
class HistorianFilesTests {

	private static final HistorianEntry TRIP = new HistorianEntry(Kind.TRIP, 501, "secretary", "blinken-antony-j",
			"Antony J. Blinken", LocalDate.of(2023, 6, 18), LocalDate.of(2023, 6, 19), "china", "China", "Beijing",
			"Met with officials & <b>not</b> a tag; \"quoted\" and 王毅.", "editor", "2023-06-20T10:00:00-04:00",
			"editor", "2023-06-21T10:00:00-04:00");

	private static final HistorianEntry VISIT = new HistorianEntry(Kind.VISIT, 77, null, null, "Vice Premier Liu He",
			LocalDate.of(2020, 1, 13), LocalDate.of(2020, 1, 15), "china", "China", null,
			"Signed the Phase One trade agreement <with> the President.", "editor", "2020-01-16T09:00:00-05:00",
			"editor", "2020-01-16T09:00:00-05:00");

	@Test
	void readsBackWhatItWritesWithMarkupAndChineseKeptAsText() throws Exception {
		assertThat(HistorianFiles.read("trips.xml", written(Kind.TRIP, TRIP))).containsExactly(TRIP);
		assertThat(HistorianFiles.read("visits.xml", written(Kind.VISIT, VISIT))).containsExactly(VISIT);
	}

	@Test
	void readsEveryRecordFileOfAZipAndLeavesSchemasAndCodeTablesAside() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			add(zip, "travels/trips.xml", written(Kind.TRIP, TRIP).readAllBytes());
			add(zip, "visits/visits.xml", written(Kind.VISIT, VISIT).readAllBytes());
			add(zip, "schema/trips.xml", "<not-records/>".getBytes(StandardCharsets.UTF_8));
			add(zip, "code-tables/countries.xml", "<countries/>".getBytes(StandardCharsets.UTF_8));
			add(zip, "README.md", "# Not XML".getBytes(StandardCharsets.UTF_8));
		}

		assertThat(HistorianFiles.read("historian.zip", new ByteArrayInputStream(bytes.toByteArray())))
			.containsExactly(TRIP, VISIT);
	}

	@Test
	void keepsTheTextOfEmphasisButNotTheEmphasis() throws Exception {
		String file = visits("<description>Met the <em>President</em> at the White House.</description>");

		assertThat(read(file)).singleElement()
			.extracting(HistorianEntry::remarks)
			.isEqualTo("Met the President at the White House.");
	}

	@Test
	void takesTheCreationAsTheLastChangeWhenTheHistorianLeavesItEmpty() throws Exception {
		String file = visits("<description>A visit.</description>").replace(
				"<last-modified-datetime>2020-01-16T09:00:00-05:00</last-modified-datetime>",
				"<last-modified-datetime/>");

		assertThat(read(file)).singleElement()
			.extracting(HistorianEntry::lastModifiedAt)
			.isEqualTo("2020-01-16T09:00:00-05:00");
	}

	@Test
	void refusesAFileOfSomethingElseWithItsLine() {
		assertThatExceptionOfType(UnreadableHistorianFile.class)
			.isThrownBy(() -> read("<?xml version=\"1.0\"?>\n<countries/>"))
			.satisfies(refused -> {
				assertThat(refused.reason()).isEqualTo("historian.file.notRecords");
				assertThat(refused.detail()).isEqualTo("countries");
				assertThat(refused.line()).isEqualTo(2);
			});
		assertThatExceptionOfType(UnreadableHistorianFile.class).isThrownBy(() -> read("trip,Blinken,2023-06-18"))
			.satisfies(refused -> assertThat(refused.reason()).isEqualTo("historian.file.notXml"));
	}

	@Test
	void refusesARecordWithAMissingFieldABadDateOrAnEndBeforeItsStart() {
		assertThatExceptionOfType(UnreadableHistorianFile.class)
			.isThrownBy(() -> read(visits("<description>A visit.</description>")
				.replace("<visitor>Vice Premier Liu He</visitor>", "")))
			.satisfies(refused -> {
				assertThat(refused.reason()).isEqualTo("historian.file.missing");
				assertThat(refused.detail()).isEqualTo("visitor");
			});
		assertThatExceptionOfType(UnreadableHistorianFile.class)
			.isThrownBy(() -> read(visits("<description>A visit.</description>").replace("2020-01-15<", "15/01/2020<")))
			.satisfies(refused -> assertThat(refused.reason()).isEqualTo("historian.file.notDate"));
		assertThatExceptionOfType(UnreadableHistorianFile.class)
			.isThrownBy(() -> read(visits("<description>A visit.</description>").replace("2020-01-15<", "2020-01-12<")))
			.satisfies(refused -> {
				assertThat(refused.reason()).isEqualTo("historian.file.endBeforeStart");
				assertThat(refused.detail()).isEqualTo("end-date");
			});
	}

	@Test
	void refusesADocumentTypeRatherThanReadingAnyFileItPointsTo() throws Exception {
		String file = visits("<description>&secret;</description>").replace("<visits>",
				"<!DOCTYPE visits [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n<visits>");

		assertThatExceptionOfType(UnreadableHistorianFile.class).isThrownBy(() -> read(file))
			.satisfies(refused -> assertThat(refused.reason()).isEqualTo("historian.file.notXml"));
	}

	private static String visits(String description) throws Exception {
		String written = new String(written(Kind.VISIT, VISIT).readAllBytes(), StandardCharsets.UTF_8);
		return written.replaceFirst("<description>.*</description>", description);
	}

	private static List<HistorianEntry> read(String file) throws Exception {
		return HistorianFiles.read("visits.xml", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
	}

	private static ByteArrayInputStream written(Kind kind, HistorianEntry entry) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		HistorianXml.write(kind, List.of(entry), out);
		return new ByteArrayInputStream(out.toByteArray());
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws Exception {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

}
