package org.gillab.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageSignerTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signsLikePythonsHmacOverTheConcatenatedParts() {
        // python3 -c "import hmac,hashlib; print(hmac.new(b'key', b'{}{}{}{}', hashlib.sha256).hexdigest())"
        String expected = "ca767b02c5bc061ed184a9a029e7f93a7f2f7ed4e8fe74120fc1212f0b008fa3";
        MessageSigner signer = MessageSigner.of("hmac-sha256", "key");
        assertEquals(expected, signer.sign(bytes("{}"), bytes("{}"), bytes("{}"), bytes("{}")));
    }

    @Test
    void verifiesOnlyTheRightSignature() {
        MessageSigner signer = MessageSigner.of("hmac-sha256", "secret");
        byte[][] parts = {bytes("{\"msg_type\":\"execute_request\"}"), bytes("{}"), bytes("{}"), bytes("{\"code\":\"1\"}")};
        String signature = signer.sign(parts);
        assertTrue(signer.verify(signature, parts));
        assertFalse(signer.verify("", parts));
        assertFalse(signer.verify(signature.replace(signature.charAt(0), signature.charAt(0) == 'a' ? 'b' : 'a'), parts));
        assertFalse(MessageSigner.of("hmac-sha256", "other").verify(signature, parts));
    }

    @Test
    void anEmptyKeyTurnsSigningOff() {
        MessageSigner signer = MessageSigner.of("hmac-sha256", "");
        assertEquals("", signer.sign(bytes("{}")));
        assertTrue(signer.verify("", bytes("{}")));
    }

    @Test
    void refusesOtherSchemes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MessageSigner.of("hmac-md5", "k"));
        assertTrue(e.getMessage().contains("hmac-sha256"));
    }
}
