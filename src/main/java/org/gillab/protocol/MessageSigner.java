package org.gillab.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks messages as the Jupyter wire protocol says: HMAC over header, parent header,
 * metadata and content, hex encoded. An empty key means the front end turned signing off.
 */
final class MessageSigner {
    private final Mac mac;

    private MessageSigner(Mac mac) {
        this.mac = mac;
    }

    /**
     * @throws IllegalArgumentException for a scheme other than hmac-sha256
     */
    static MessageSigner of(String scheme, String key) {
        if (!scheme.equals("hmac-sha256")) {
            throw new IllegalArgumentException("signature scheme \"" + scheme + "\" is not supported: use \"hmac-sha256\"");
        }
        if (key.isEmpty()) {
            return new MessageSigner(null);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new MessageSigner(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no HmacSHA256", e);
        }
    }

    /** The signature of the given frames ("" when signing is off). */
    synchronized String sign(byte[]... frames) {
        if (mac == null) {
            return "";
        }
        for (byte[] frame : frames) {
            mac.update(frame);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Whether {@code signature} is right for the frames, compared in constant time (no timing oracle). */
    boolean verify(String signature, byte[]... frames) {
        if (mac == null) {
            return true;
        }
        byte[] expected = sign(frames).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
