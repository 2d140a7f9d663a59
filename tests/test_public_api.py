import eventwire


def test_exported_members_are_pinned():
    assert eventwire.__all__ == sorted(eventwire.__all__)
    assert eventwire.__all__ == [
        "ActorRef", "Article", "BinaryInputError", "CodedArticle", "Coder", "DecodeError",
        "EmptyInputError", "EventMention", "EventwireError", "InputError", "InputTooLargeError",
        "KnowledgeError", "MalformedRecordError", "ModelError", "NotEnglishError", "Settings",
        "StoreError", "code", "open_store",
    ]
    for name in eventwire.__all__:
        assert hasattr(eventwire, name)


def test_errors_share_one_base():
    for name in eventwire.__all__:
        obj = getattr(eventwire, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, eventwire.EventwireError)
