"""TEI P5 <-> model conversion and validation (lxml). Never imports gui or the store."""
