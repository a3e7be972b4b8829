package rdpdoctor.events;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Binary XML that multiplies itself (a template whose attributes substitute, 40 times each, a nested binary XML
 * value holding the same template again, six levels deep: 40^6 renderings) is refused as damage within the record's
 * one budget of tokens and characters, shared by every nested value; it never runs without end or fills the heap.
 */
class BinXmlBudgetTest {

	private static final int NAME_E = 100;
	private static final int NAME_A = 120;
	private static final int TEMPLATE = 600;
	private static final int RECORD = 4000;
	private static final int FANOUT = 40;

	@Test
	void aSelfMultiplyingRecordIsRefusedWithinItsBudget() {
		ByteBuffer chunk = ByteBuffer.allocate(65536).order(ByteOrder.LITTLE_ENDIAN);
		name(chunk, NAME_E, "E");
		name(chunk, NAME_A, "a");
		byte[] body = templateBody();
		chunk.putInt(TEMPLATE + 20, body.length).put(TEMPLATE + 24, body);
		byte[] record = concat(new byte[] { 0x0f, 1, 1, 0 }, level(6));
		chunk.put(RECORD, record);
		for (boolean keepXml : new boolean[] { true, false }) {
			BinXml binXml = new BinXml(chunk, chunk.capacity(), keepXml);
			BinXmlException refused = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> assertThrows(
					BinXmlException.class, () -> binXml.event(RECORD, RECORD + record.length, Instant.EPOCH, 1)));
			assertTrue(refused.getMessage().contains("more than"), refused.getMessage());
		}
	}

	/** The template: {@code <E a="%0" a="%0" ...>} with FANOUT attributes substituting value 0 (binary XML). */
	private static byte[] templateBody() {
		ByteBuffer b = ByteBuffer.allocate(16 + FANOUT * 9 + 2).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 0x41).putShort((short) 0).putInt(0).putInt(NAME_E).putInt(FANOUT * 9);
		for (int i = 0; i < FANOUT; i++) {
			b.put((byte) 0x06).putInt(NAME_A).put((byte) 0x0d).putShort((short) 0).put((byte) 0x21);
		}
		b.put((byte) 0x03).put((byte) 0x00);
		return java.util.Arrays.copyOf(b.array(), b.position());
	}

	/** Level 0: {@code <E/>}; level n: the template instantiated with level n-1 as its one value. */
	private static byte[] level(int n) {
		if (n == 0) {
			ByteBuffer e = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
			e.put((byte) 0x01).putInt(0).putInt(NAME_E).put((byte) 0x03);
			return e.array();
		}
		byte[] value = level(n - 1);
		ByteBuffer t = ByteBuffer.allocate(10 + 4 + 4).order(ByteOrder.LITTLE_ENDIAN);
		t.put((byte) 0x0c).put((byte) 1).putInt(1).putInt(TEMPLATE).putInt(1).putShort((short) value.length)
				.put((byte) 0x21).put((byte) 0);
		return concat(t.array(), value);
	}

	private static void name(ByteBuffer chunk, int at, String name) {
		chunk.putInt(at, 0).putShort(at + 4, (short) 0).putShort(at + 6, (short) name.length());
		for (int i = 0; i < name.length(); i++) {
			chunk.putChar(at + 8 + 2 * i, name.charAt(i));
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}
}
