package io.amisdk.generator.json;

import io.amisdk.generator.model.AmiModel;

/** Lets tests in other packages compare the streaming writer with databind's. */
public final class ModelJsonAccess {
    private ModelJsonAccess() {
    }

    /** What databind writes for the model. */
    public static String writeWithDatabind(AmiModel model) throws Exception {
        return ModelJson.writeWithDatabind(model);
    }
}
