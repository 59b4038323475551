package org.sinosoviet.timeline.event.export;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell a spreadsheet would run as a formula comes out as text (OWASP's advice on CSV injection); numbers,
 * negative ones included, stay numbers.
 */
class CsvTest {

	@ParameterizedTest
	@ValueSource(strings = { "=cmd|' /C calc'!A0", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
			"\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"y\")" })
	void neutralisesAFormula(String cell) throws IOException {
		assertThat(parse(new Csv().row(List.of(cell, "x")).toString())).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-2", "0", "46.4889", "-122.5", "Zhenbao, Damansky", "a = b", "" })
	void leavesNumbersAndOrdinaryTextAlone(String cell) throws IOException {
		assertThat(parse(new Csv().row(List.of(cell, "x")).toString())).isEqualTo(cell);
	}

	private static String parse(String csv) throws IOException {
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		return records.get(0).get(0);
	}

}
